import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.04, 0.0).lineTo(-0.04, 0.04).lineTo(0.0, 0.04).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(-0.030592, 0.009408).circle(0.003763)
loop2 = wp_sketch0.moveTo(-0.030592, 0.030592).circle(0.003763)
loop3 = wp_sketch0.moveTo(-0.009408, 0.009408).circle(0.003763)
loop4 = wp_sketch0.moveTo(-0.009408, 0.030592).circle(0.003763)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(0.08)
