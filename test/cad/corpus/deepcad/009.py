import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2972140001, -0.2269233344, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.2917216843, 0.0).circle(0.2917216843)
solid0=wp_sketch0.add(loop0).extrude(0.6994249989)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2972140001, -0.2269233344, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1_0=wp_sketch1.moveTo(0.3838368728, 0.0).lineTo(0.3838368728, 0.7933330752).lineTo(0.0, 0.7933330752).lineTo(0.0, 0.0).close()
loop1_1=wp_sketch1.moveTo(0.081252347, 0.081252347).circle(0.036932885)
solid1=wp_sketch1.add(loop1_0).add(loop1_1).extrude(0.0311879308)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.2972140001, -0.2269233344, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.0281505344, 0.0).lineTo(0.1454772648, 0.0).threePointArc((0.1653826985, 0.0082451006), (0.1736277992, 0.0281505344)).lineTo(0.1736277992, 0.146150732).threePointArc((0.1653826985, 0.1660561658), (0.1454772648, 0.1743012665)).lineTo(0.0281505344, 0.1743012665).threePointArc((0.0082451006, 0.1660561658), (0.0, 0.146150732)).lineTo(0.0, 0.0281505344).threePointArc((0.0082451006, 0.0082451006), (0.0281505344, 0.0)).close()
solid2=wp_sketch2.add(loop2).extrude(0.0692389392)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000008.stl",exportType="STL")
