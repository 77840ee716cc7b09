import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4007450316, -0.269421664, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.1014763625, 0.0).lineTo(0.3364985802, 0.0).threePointArc((0.4082532042, 0.0297217384), (0.4379749427, 0.1014763625)).lineTo(0.4379749427, 0.3949256968).threePointArc((0.4082532042, 0.4666803208), (0.3364985802, 0.4964020593)).lineTo(0.1014763625, 0.4964020593).threePointArc((0.0297217384, 0.4666803208), (0.0, 0.3949256968)).lineTo(0.0, 0.1014763625).threePointArc((0.0297217384, 0.0297217384), (0.1014763625, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(-0.4588905787)
solid=solid0
cq.exporters.export(solid, "./00000036.stl",exportType="STL")
