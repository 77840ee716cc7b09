import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3949564914, -0.3615947673, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.0894734591, 0.0).lineTo(1.0894734591, 1.3528812299).lineTo(0.7586790362, 1.3528812299).lineTo(0.7586790362, 0.55295671).lineTo(0.3307944229, 0.55295671).lineTo(0.3307944229, 1.3528812299).lineTo(0.0, 1.3528812299).close()
solid0=wp_sketch0.add(loop0).extrude(0.6027635543)
solid=solid0
