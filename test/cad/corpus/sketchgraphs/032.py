import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.1524, 0.0).lineTo(-0.1524, 0.0762).lineTo(0.0, 0.0762).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(-0.0762, 0.0381).circle(0.008265)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.127)
