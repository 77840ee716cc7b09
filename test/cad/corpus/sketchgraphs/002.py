import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.099, 0.0).lineTo(-0.099, 0.045).lineTo(0.0, 0.045).threePointArc((0.0225, 0.0225), (0.0, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.085147, 0.013853).circle(0.005541)
loop2 = wp_sketch0.moveTo(-0.085147, 0.031147).circle(0.005541)
loop3 = wp_sketch0.moveTo(-0.013853, 0.013853).circle(0.005541)
loop4 = wp_sketch0.moveTo(-0.013853, 0.031147).circle(0.005541)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(0.045000000000000005)
