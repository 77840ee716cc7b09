import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(0.0175, -0.1575).lineTo(0.293576, -0.1575).threePointArc((0.451076, 0.0), (0.293576, 0.1575)).lineTo(0.0175, 0.1575).threePointArc((-0.14, 0.0), (0.0175, -0.1575)).close()
loop1 = wp_sketch0.moveTo(0.0175, 0.0).circle(0.070875)
loop2 = wp_sketch0.moveTo(0.293576, 0.0).circle(0.070875)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.21000000000000002)
