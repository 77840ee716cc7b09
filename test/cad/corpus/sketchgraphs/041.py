import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.1016, 0.0).lineTo(-0.1016, 0.1524).lineTo(0.0, 0.1524).threePointArc((0.0762, 0.0762), (0.0, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.0508, 0.0762).circle(0.012765)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.15239999999999998)
