import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.025, -0.02).lineTo(-0.025, 0.02).lineTo(0.025, 0.02).lineTo(0.025, -0.02).lineTo(-0.025, -0.02).close()
loop1 = wp_sketch0.moveTo(0.0, 0.0).circle(0.004955)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.03)
