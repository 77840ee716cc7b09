import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3499789608, -0.3264641286, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(1.3951326059, 0.0).lineTo(1.3951326059, 1.3630280414).lineTo(0.0, 1.3630280414).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.2007048061)
solid=solid0
cq.exporters.export(solid, "./00000001.stl",exportType="STL")
