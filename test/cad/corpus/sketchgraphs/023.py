import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.064, -0.056).lineTo(-0.064, 0.056).lineTo(0.064, 0.056).lineTo(0.064, -0.056).close()
solid=wp_sketch0.add(loop0).extrude(-0.128)
