import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2053895709, -0.3501859003, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(1.1114514307, 0.0).lineTo(1.1114514307, 0.2872441711).lineTo(0.0, 0.2872441711).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.4233142423)
solid=solid0
cq.exporters.export(solid, "./00000003.stl",exportType="STL")
