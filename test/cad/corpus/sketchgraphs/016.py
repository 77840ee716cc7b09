import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.2286, 0.0).lineTo(-0.2286, 0.1524).lineTo(0.0, 0.1524).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(-0.188807, 0.0762).circle(0.015917)
loop2 = wp_sketch0.moveTo(-0.039793, 0.0762).circle(0.015917)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.15239999999999998)
