import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.0, 0.04).circle(0.05)
solid=wp_sketch0.add(loop0).extrude(-0.04)
