import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.1524, -0.0889).lineTo(-0.1524, 0.0889).lineTo(0.1524, 0.0889).lineTo(0.1524, -0.0889).close()
loop1 = wp_sketch0.moveTo(-0.097269, 0.0).circle(0.022052)
loop2 = wp_sketch0.moveTo(0.097269, 0.0).circle(0.022052)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(-0.17779999999999999)
