import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.0825, -0.1485).lineTo(0.641947, -0.1485).threePointArc((0.790447, 0.0), (0.641947, 0.1485)).lineTo(0.0825, 0.1485).threePointArc((-0.066, 0.0), (0.0825, -0.1485)).close()
loop1 = wp_sketch0.moveTo(0.0825, 0.0).circle(0.066825)
loop2 = wp_sketch0.moveTo(0.641947, 0.0).circle(0.066825)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.132)
