import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4621069996, -0.2759077637, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.4826736974, 0.0).circle(0.4826736974)
solid0=wp_sketch0.add(loop0).extrude(0.2570786696)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4621069996, -0.2759077637, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.1003718629, 0.0).lineTo(0.4078883509, 0.0).threePointArc((0.4788619758, 0.029398238), (0.5082602138, 0.1003718629)).lineTo(0.5082602138, 0.6638106979).threePointArc((0.4788619758, 0.7347843228), (0.4078883509, 0.7641825608)).lineTo(0.1003718629, 0.7641825608).threePointArc((0.029398238, 0.7347843228), (0.0, 0.6638106979)).lineTo(0.0, 0.1003718629).threePointArc((0.029398238, 0.029398238), (0.1003718629, 0.0)).close()
solid1=wp_sketch1.add(loop1).extrude(-0.252515332)
solid=solid.union(solid1)
