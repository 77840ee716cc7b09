import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3453622898, -0.3172099216, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.5205278392, 0.0).lineTo(0.5205278392, 0.6005712084).lineTo(0.0, 0.6005712084).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.3265798842)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3453622898, -0.3172099216, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.1683804579, 0.0).lineTo(0.1683804579, 0.406365471).lineTo(0.0, 0.406365471).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.0276861566)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3453622898, -0.3172099216, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.5835981289, 0.0).lineTo(0.5835981289, 0.1590434027).lineTo(0.0, 0.1590434027).lineTo(0.0, 0.0).close()
solid2=wp_sketch2.add(loop2).extrude(0.6305694225)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000029.stl",exportType="STL")
