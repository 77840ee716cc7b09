import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2180749279, -0.4192441997, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.0082468349, 0.0).lineTo(1.0082468349, 0.6384849848).lineTo(0.6739138839, 0.6384849848).lineTo(0.6739138839, 0.446218732).lineTo(0.334332951, 0.446218732).lineTo(0.334332951, 0.6384849848).lineTo(0.0, 0.6384849848).close()
solid0=wp_sketch0.add(loop0).extrude(-0.6655755078)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2180749279, -0.4192441997, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.208808149, 0.0).lineTo(0.208808149, 0.8755016182).lineTo(0.0, 0.8755016182).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.680647996)
solid=solid.union(solid1)
