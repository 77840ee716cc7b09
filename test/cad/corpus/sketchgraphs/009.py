import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.165, -0.105).lineTo(-0.165, 0.105).lineTo(-0.098892, 0.105).lineTo(-0.098892, -0.038892).lineTo(0.165, -0.038892).lineTo(0.165, -0.105).close()
solid=wp_sketch0.add(loop0).extrude(-0.21)
