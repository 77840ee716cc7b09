import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.035, -0.01).lineTo(-0.035, 0.01).lineTo(0.035, 0.01).threePointArc((0.043323, 0.0), (0.035, -0.01)).close()
loop1 = wp_sketch0.moveTo(-0.030529, 0.0).circle(0.001788)
loop2 = wp_sketch0.moveTo(0.030529, 0.0).circle(0.001788)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.01)
