import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2318129854, -0.4097852175, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(0.7079223116, 0.0).lineTo(0.7079223116, 1.3771228892).lineTo(0.0, 1.3771228892).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.0838300606)
solid=solid0
cq.exporters.export(solid, "./00000021.stl",exportType="STL")
