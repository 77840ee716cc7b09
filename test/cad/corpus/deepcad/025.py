import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2105415719, -0.4237174028, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(1.1541051991, 0.0).lineTo(1.1541051991, 0.6264224567).lineTo(0.0, 0.6264224567).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.4256331548)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2105415719, -0.4237174028, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.2099147223, 0.0).circle(0.2099147223)
solid1=wp_sketch1.add(loop1).extrude(0.5838509711)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000024.stl",exportType="STL")
