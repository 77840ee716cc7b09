import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.0825, -0.1485).lineTo(-0.0825, -0.1485).threePointArc((0.066, 0.0), (-0.0825, 0.1485)).lineTo(0.0825, 0.1485).threePointArc((-0.066, 0.0), (0.0825, -0.1485)).close()
solid=wp_sketch0.add(loop0).extrude(0.132)
