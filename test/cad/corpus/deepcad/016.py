import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3664806704, -0.2079117482, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0_0=wp_sketch0.moveTo(0.2309993229, 0.0).circle(0.2309993229)
loop0_1=wp_sketch0.moveTo(0.2309993229, 0.0).circle(0.1837959916)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).extrude(-0.1100298775)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3664806704, -0.2079117482, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.1922171912, 0.0).circle(0.1922171912)
solid1=wp_sketch1.add(loop1).extrude(0.6919021497)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3664806704, -0.2079117482, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop2_0=wp_sketch2.moveTo(0.2671416686, 0.0).circle(0.2671416686)
loop2_1=wp_sketch2.moveTo(0.2671416686, 0.0).circle(0.1819332544)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).extrude(0.2401206089)
solid=solid.cut(solid2)
