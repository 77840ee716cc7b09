import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.08).lineTo(0.07, 0.08).lineTo(0.07, 0.0).close()
loop1 = wp_sketch0.moveTo(0.02473, 0.04).circle(0.009892)
loop2 = wp_sketch0.moveTo(0.04527, 0.04).circle(0.009892)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.08)
