import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4497949246, -0.2183063814, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.6171691774, 0.0).lineTo(0.6171691774, 0.3233857067).lineTo(0.0, 0.3233857067).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.398115592)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4497949246, -0.2183063814, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0412213564, 0.0).lineTo(0.3697754149, 0.0).threePointArc((0.3989233156, 0.0120734558), (0.4109967714, 0.0412213564)).lineTo(0.4109967714, 0.8430604303).threePointArc((0.3989233156, 0.872208331), (0.3697754149, 0.8842817867)).lineTo(0.0412213564, 0.8842817867).threePointArc((0.0120734558, 0.872208331), (0.0, 0.8430604303)).lineTo(0.0, 0.0412213564).threePointArc((0.0120734558, 0.0120734558), (0.0412213564, 0.0)).close()
solid1=wp_sketch1.add(loop1).extrude(0.3920993389)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000041.stl",exportType="STL")
