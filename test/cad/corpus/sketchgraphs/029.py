import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.016).lineTo(0.048, 0.016).lineTo(0.048, 0.0).close()
loop1 = wp_sketch0.moveTo(0.024, 0.008).circle(0.001754)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.024)
