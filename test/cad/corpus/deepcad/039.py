import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3033836757, -0.4439820233, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0563960185, 0.0).lineTo(0.476170334, 0.0).threePointArc((0.5160483411, 0.0165180114), (0.5325663525, 0.0563960185)).lineTo(0.5325663525, 1.3817770577).threePointArc((0.5160483411, 1.4216550648), (0.476170334, 1.4381730762)).lineTo(0.0563960185, 1.4381730762).threePointArc((0.0165180114, 1.4216550648), (0.0, 1.3817770577)).lineTo(0.0, 0.0563960185).threePointArc((0.0165180114, 0.0165180114), (0.0563960185, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.493614053)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3033836757, -0.4439820233, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0, 0.0).lineTo(0.1767547684, 0.0).lineTo(0.1767547684, 0.8341530125).lineTo(0.1107447963, 0.8341530125).lineTo(0.1107447963, 0.5762897299).lineTo(0.0660099721, 0.5762897299).lineTo(0.0660099721, 0.8341530125).lineTo(0.0, 0.8341530125).close()
solid1=wp_sketch1.add(loop1).extrude(-0.5539927679)
solid=solid.cut(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3033836757, -0.4439820233, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop2_0=wp_sketch2.moveTo(0.2158219989, 0.0).circle(0.2158219989)
loop2_1=wp_sketch2.moveTo(0.2158219989, 0.0).circle(0.1179806915)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).extrude(0.1681735429)
solid=solid.union(solid2)
