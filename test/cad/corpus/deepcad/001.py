import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2967232197, -0.306187378, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0_0=wp_sketch0.moveTo(0.5949319459, 0.0).lineTo(0.5949319459, 0.7862104562).lineTo(0.0, 0.7862104562).lineTo(0.0, 0.0).close()
loop0_1=wp_sketch0.moveTo(0.1531327107, 0.1531327107).circle(0.0696057776)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).extrude(0.300798082)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2967232197, -0.306187378, 0.300798082), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop1=wp_sketch1.moveTo(0.4429745387, 0.0).lineTo(0.4429745387, 0.3154565345).lineTo(0.0, 0.3154565345).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.723026814)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000000.stl",exportType="STL")
