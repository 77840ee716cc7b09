import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.16, 0.0).lineTo(-0.16, 0.14).lineTo(0.0, 0.14).threePointArc((0.07, 0.07), (0.0, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.118657, 0.041343).circle(0.016537)
loop2 = wp_sketch0.moveTo(-0.118657, 0.098657).circle(0.016537)
loop3 = wp_sketch0.moveTo(-0.041343, 0.041343).circle(0.016537)
loop4 = wp_sketch0.moveTo(-0.041343, 0.098657).circle(0.016537)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(0.12)
