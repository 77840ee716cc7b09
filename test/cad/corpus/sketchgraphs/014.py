import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.0762, 0.0).lineTo(-0.0254, 0.0).threePointArc((0.0, 0.0254), (-0.0254, 0.0508)).lineTo(-0.0762, 0.0508).threePointArc((-0.1016, 0.0254), (-0.0762, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.0762, 0.0254).circle(0.01143)
loop2 = wp_sketch0.moveTo(-0.0254, 0.0254).circle(0.01143)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.0508)
