import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.1524, 0.0).lineTo(-0.1524, 0.2032).lineTo(0.0, 0.2032).lineTo(0.0, 0.0).lineTo(-0.1524, 0.0).close()
loop1 = wp_sketch0.moveTo(-0.110579, 0.1016).circle(0.016728)
loop2 = wp_sketch0.moveTo(-0.041821, 0.1016).circle(0.016728)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(-0.15239999999999998)
