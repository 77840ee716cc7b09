import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3251729617, -0.2364894263, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(0.9940818158, 0.0).lineTo(0.9940818158, 1.0045784738).lineTo(0.575388715, 1.0045784738).lineTo(0.575388715, 0.4574557162).lineTo(0.4186931008, 0.4574557162).lineTo(0.4186931008, 1.0045784738).lineTo(0.0, 1.0045784738).close()
solid0=wp_sketch0.add(loop0).extrude(0.5867095468)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3251729617, -0.2364894263, 0.5867095468), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop1=wp_sketch1.moveTo(0.1380221495, 0.0).lineTo(0.1380221495, 0.8270516595).lineTo(0.0, 0.8270516595).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(-0.0912459947)
solid=solid.union(solid1)
