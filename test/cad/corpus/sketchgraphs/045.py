import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.08).lineTo(0.06, 0.08).lineTo(0.06, 0.0).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(0.013695, 0.013695).circle(0.005478)
loop2 = wp_sketch0.moveTo(0.013695, 0.066305).circle(0.005478)
loop3 = wp_sketch0.moveTo(0.046305, 0.013695).circle(0.005478)
loop4 = wp_sketch0.moveTo(0.046305, 0.066305).circle(0.005478)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(-0.03)
