import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.09).lineTo(0.08, 0.09).lineTo(0.08, 0.0).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(0.025841, 0.045).circle(0.010337)
loop2 = wp_sketch0.moveTo(0.054159, 0.045).circle(0.010337)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(-0.02)
