import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2448594441, -0.2480560926, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.552550059, 0.0).lineTo(0.552550059, 1.4951563838).lineTo(0.0, 1.4951563838).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.0389522313)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2448594441, -0.2480560926, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0289750717, 0.0).lineTo(0.2974731346, 0.0).threePointArc((0.3179616042, 0.008486602), (0.3264482062, 0.0289750717)).lineTo(0.3264482062, 0.1215753197).threePointArc((0.3179616042, 0.1420637893), (0.2974731346, 0.1505503913)).lineTo(0.0289750717, 0.1505503913).threePointArc((0.008486602, 0.1420637893), (0.0, 0.1215753197)).lineTo(0.0, 0.0289750717).threePointArc((0.008486602, 0.008486602), (0.0289750717, 0.0)).close()
solid1=wp_sketch1.add(loop1).extrude(0.3255457866)
solid=solid.cut(solid1)
cq.exporters.export(solid, "./00000016.stl",exportType="STL")
