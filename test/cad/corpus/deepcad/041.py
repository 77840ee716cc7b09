import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4915945209, -0.2929846674, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(0.1233622169, 0.0).lineTo(1.2748217005, 0.0).threePointArc((1.3620519607, 0.0361319568), (1.3981839175, 0.1233622169)).lineTo(1.3981839175, 0.8389437885).threePointArc((1.3620519607, 0.9261740487), (1.2748217005, 0.9623060055)).lineTo(0.1233622169, 0.9623060055).threePointArc((0.0361319568, 0.9261740487), (0.0, 0.8389437885)).lineTo(0.0, 0.1233622169).threePointArc((0.0361319568, 0.0361319568), (0.1233622169, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.3197153713)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4915945209, -0.2929846674, 0.3197153713), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop1=wp_sketch1.moveTo(0.8276249775, 0.0).lineTo(0.8276249775, 0.6298882319).lineTo(0.0, 0.6298882319).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.6941144329)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.4915945209, -0.2929846674, 1.0138298042), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop2=wp_sketch2.moveTo(0.3721597575, 0.0).lineTo(0.3721597575, 0.5256484659).lineTo(0.0, 0.5256484659).lineTo(0.0, 0.0).close()
solid2=wp_sketch2.add(loop2).extrude(0.6620583328)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000040.stl",exportType="STL")
