import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3388985417, -0.3490019797, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(1.2915666128, 0.0).lineTo(1.2915666128, 1.3267893955).lineTo(0.0, 1.3267893955).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.173120625)
solid=solid0
cq.exporters.export(solid, "./00000017.stl",exportType="STL")
