import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.12, 0.0).lineTo(-0.12, 0.144).lineTo(0.0, 0.144).threePointArc((0.035469, 0.072), (0.0, 0.0)).threePointArc((-0.06, -0.016056), (-0.12, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.06, 0.072).circle(0.012944)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.048)
