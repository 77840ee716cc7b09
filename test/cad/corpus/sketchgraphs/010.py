import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.336, 0.0).lineTo(-0.048, 0.0).threePointArc((0.0, 0.048), (-0.048, 0.096)).lineTo(-0.336, 0.096).threePointArc((-0.384, 0.048), (-0.336, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(0.096)
