import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(0.0635, 0.0).circle(0.127)
loop1 = wp_sketch0.moveTo(0.0635, 0.0).circle(0.028849)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.0254)
