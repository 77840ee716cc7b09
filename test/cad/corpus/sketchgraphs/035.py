import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.036, 0.0).circle(0.108)
solid=wp_sketch0.add(loop0).extrude(0.07200000000000001)
