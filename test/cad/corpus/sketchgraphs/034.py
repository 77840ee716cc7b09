import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.05, 0.0).lineTo(0.03, 0.0).threePointArc((0.08, 0.05), (0.03, 0.1)).lineTo(0.05, 0.1).threePointArc((0.0, 0.05), (0.05, 0.0)).close()
loop1 = wp_sketch0.moveTo(0.05, 0.05).circle(0.0225)
loop2 = wp_sketch0.moveTo(0.03, 0.05).circle(0.0225)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.01)
