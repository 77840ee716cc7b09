import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4624919647, -0.4016505348, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0_0=wp_sketch0.moveTo(0.7799703576, 0.0).lineTo(0.7799703576, 0.6790689367).lineTo(0.0, 0.6790689367).lineTo(0.0, 0.0).close()
loop0_1=wp_sketch0.moveTo(0.1405250654, 0.1405250654).circle(0.0638750297)
loop0_2=wp_sketch0.moveTo(0.6394452922, 0.1405250654).circle(0.0638750297)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).add(loop0_2).extrude(0.080884573)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4624919647, -0.4016505348, 0.080884573), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop1=wp_sketch1.moveTo(0.3664337058, 0.0).lineTo(0.3664337058, 0.7771439321).lineTo(0.0, 0.7771439321).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.0558045624)
solid=solid.cut(solid1)
cq.exporters.export(solid, "./00000037.stl",exportType="STL")
