import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4996249857, -0.4966518869, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(0.2125234039, 0.0).lineTo(1.2441527552, 0.0).threePointArc((1.3944294953, 0.0622466638), (1.4566761591, 0.2125234039)).lineTo(1.4566761591, 1.2142282543).threePointArc((1.3944294953, 1.3645049943), (1.2441527552, 1.4267516582)).lineTo(0.2125234039, 1.4267516582).threePointArc((0.0622466638, 1.3645049943), (0.0, 1.2142282543)).lineTo(0.0, 0.2125234039).threePointArc((0.0622466638, 0.0622466638), (0.2125234039, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.1471305639)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4996249857, -0.4966518869, 0.1471305639), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop1=wp_sketch1.moveTo(0.0, 0.0).lineTo(0.4663350425, 0.0).lineTo(0.4663350425, 0.5801581946).lineTo(0.2704825773, 0.5801581946).lineTo(0.2704825773, 0.3538551794).lineTo(0.1958524652, 0.3538551794).lineTo(0.1958524652, 0.5801581946).lineTo(0.0, 0.5801581946).close()
solid1=wp_sketch1.add(loop1).extrude(-0.6083099276)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000023.stl",exportType="STL")
