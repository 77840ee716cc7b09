import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0254).circle(0.127)
loop1 = wp_sketch0.moveTo(0.0, 0.0254).circle(0.057172)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.17779999999999999)
