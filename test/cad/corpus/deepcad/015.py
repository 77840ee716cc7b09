import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3433759056, -0.3675140665, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.6756849417, 0.0).lineTo(0.6756849417, 0.8995649193).lineTo(0.0, 0.8995649193).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.0753950336)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3433759056, -0.3675140665, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.1198112007, 0.0).lineTo(0.3958190602, 0.0).threePointArc((0.4805383727, 0.0350918882), (0.5156302609, 0.1198112007)).lineTo(0.5156302609, 0.5267445007).threePointArc((0.4805383727, 0.6114638132), (0.3958190602, 0.6465557015)).lineTo(0.1198112007, 0.6465557015).threePointArc((0.0350918882, 0.6114638132), (0.0, 0.5267445007)).lineTo(0.0, 0.1198112007).threePointArc((0.0350918882, 0.0350918882), (0.1198112007, 0.0)).close()
solid1=wp_sketch1.add(loop1).extrude(0.3656006486)
solid=solid.cut(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3433759056, -0.3675140665, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.429279983, 0.0).circle(0.429279983)
solid2=wp_sketch2.add(loop2).extrude(0.0288853852)
solid=solid.union(solid2)
