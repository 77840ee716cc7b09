import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3458659637, -0.4513561189, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0_0=wp_sketch0.moveTo(0.3263612954, 0.0).lineTo(0.3263612954, 1.4579986753).lineTo(0.0, 1.4579986753).lineTo(0.0, 0.0).close()
loop0_1=wp_sketch0.moveTo(0.0750371071, 0.0750371071).circle(0.034107776)
loop0_2=wp_sketch0.moveTo(0.2513241883, 0.0750371071).circle(0.034107776)
loop0_3=wp_sketch0.moveTo(0.2513241883, 1.3829615682).circle(0.034107776)
loop0_4=wp_sketch0.moveTo(0.0750371071, 1.3829615682).circle(0.034107776)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).add(loop0_2).add(loop0_3).add(loop0_4).extrude(0.2255655897)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3458659637, -0.4513561189, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0, 0.0).lineTo(0.204519186, 0.0).lineTo(0.204519186, 0.7382366073).lineTo(0.1298398849, 0.7382366073).lineTo(0.1298398849, 0.4124338044).lineTo(0.0746793011, 0.4124338044).lineTo(0.0746793011, 0.7382366073).lineTo(0.0, 0.7382366073).close()
solid1=wp_sketch1.add(loop1).extrude(-0.1638843792)
solid=solid.cut(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3458659637, -0.4513561189, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.8382725837, 0.0).lineTo(0.8382725837, 0.1302221384).lineTo(0.0, 0.1302221384).lineTo(0.0, 0.0).close()
solid2=wp_sketch2.add(loop2).extrude(-0.2771216249)
solid=solid.union(solid2)
