import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.1397, 0.1397).circle(0.1397)
loop1 = wp_sketch0.moveTo(-0.1397, 0.1397).circle(0.091569)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.0508)
