import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4176872881, -0.2115392918, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(1.3892140428, 0.0).lineTo(1.3892140428, 1.402998162).lineTo(0.0, 1.402998162).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.3756305669)
solid=solid0
