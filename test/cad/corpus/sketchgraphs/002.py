import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(0.0254, 0.0).lineTo(-0.127, 0.0).threePointArc((0.0, 0.127), (-0.127, 0.254)).lineTo(0.0254, 0.254).threePointArc((-0.1016, 0.127), (0.0254, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(-0.2032)
