import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.29702991, -0.4420611574, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.9247739911, 0.0).lineTo(0.9247739911, 0.7143534939).lineTo(0.0, 0.7143534939).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.5927976504)
solid=solid0
