import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3510991279, -0.4026140868, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(0.1562757998, 0.0).lineTo(0.9905728817, 0.0).threePointArc((1.1010765595, 0.045772122), (1.1468486815, 0.1562757998)).lineTo(1.1468486815, 0.5245648893).threePointArc((1.1010765595, 0.6350685671), (0.9905728817, 0.6808406891)).lineTo(0.1562757998, 0.6808406891).threePointArc((0.045772122, 0.6350685671), (0.0, 0.5245648893)).lineTo(0.0, 0.1562757998).threePointArc((0.045772122, 0.045772122), (0.1562757998, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.401290638)
solid=solid0
cq.exporters.export(solid, "./00000006.stl",exportType="STL")
