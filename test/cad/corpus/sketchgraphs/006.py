import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.03, -0.015).lineTo(-0.03, 0.015).lineTo(0.03, 0.015).lineTo(0.03, -0.015).lineTo(-0.03, -0.015).close()
loop1 = wp_sketch0.moveTo(-0.022532, -0.007532).circle(0.002987)
loop2 = wp_sketch0.moveTo(-0.022532, 0.007532).circle(0.002987)
loop3 = wp_sketch0.moveTo(0.022532, -0.007532).circle(0.002987)
loop4 = wp_sketch0.moveTo(0.022532, 0.007532).circle(0.002987)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(-0.06)
