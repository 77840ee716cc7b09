import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.06, 0.0).lineTo(-0.06, 0.05).lineTo(0.0, 0.05).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(-0.03, 0.025).circle(0.006926)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.06)
