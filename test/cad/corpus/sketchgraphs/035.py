import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.1778).lineTo(0.058581, 0.1778).lineTo(0.058581, 0.058581).lineTo(0.1524, 0.058581).lineTo(0.1524, 0.0).lineTo(0.0, 0.0).close()
solid=wp_sketch0.add(loop0).extrude(0.2032)
