import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2386483068, -0.3076512168, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.3722550772, 0.0).circle(0.3722550772)
solid0=wp_sketch0.add(loop0).extrude(0.3025987249)
solid=solid0
cq.exporters.export(solid, "./00000009.stl",exportType="STL")
