import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.06, -0.02).lineTo(-0.06, 0.02).lineTo(0.06, 0.02).lineTo(0.06, -0.02).close()
loop1 = wp_sketch0.moveTo(-0.048061, -0.008061).circle(0.004776)
loop2 = wp_sketch0.moveTo(-0.048061, 0.008061).circle(0.004776)
loop3 = wp_sketch0.moveTo(0.048061, -0.008061).circle(0.004776)
loop4 = wp_sketch0.moveTo(0.048061, 0.008061).circle(0.004776)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(0.06)
