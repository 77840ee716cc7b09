import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.05, 0.0).lineTo(-0.05, 0.05).lineTo(-0.036157, 0.05).lineTo(-0.036157, 0.013843).lineTo(0.0, 0.013843).lineTo(0.0, 0.0).close()
solid=wp_sketch0.add(loop0).extrude(0.06)
