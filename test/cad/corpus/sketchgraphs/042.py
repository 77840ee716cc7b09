import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.08, 0.0).lineTo(-0.08, 0.08).lineTo(-0.061873, 0.08).lineTo(-0.061873, 0.018127).lineTo(0.0, 0.018127).lineTo(0.0, 0.0).close()
solid=wp_sketch0.add(loop0).extrude(0.03)
