import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3108859709, -0.2920950844, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(0.3975354334, 0.0).lineTo(0.3975354334, 0.9716913799).lineTo(0.2402053443, 0.9716913799).lineTo(0.2402053443, 0.4195385418).lineTo(0.1573300892, 0.4195385418).lineTo(0.1573300892, 0.9716913799).lineTo(0.0, 0.9716913799).close()
solid0=wp_sketch0.add(loop0).extrude(0.4518734005)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3108859709, -0.2920950844, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0, 0.0).lineTo(0.5243514889, 0.0).lineTo(0.5243514889, 0.1772480784).lineTo(0.3577716883, 0.1772480784).lineTo(0.3577716883, 0.1067841989).lineTo(0.1665798006, 0.1067841989).lineTo(0.1665798006, 0.1772480784).lineTo(0.0, 0.1772480784).close()
solid1=wp_sketch1.add(loop1).extrude(0.5754295006)
solid=solid.union(solid1)
