import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.15, 0.15).circle(0.15)
loop1 = wp_sketch0.moveTo(0.15, 0.15).circle(0.100502)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.125)
