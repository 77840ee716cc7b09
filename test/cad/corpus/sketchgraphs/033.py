import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.127, -0.0254).lineTo(0.127, -0.0254).threePointArc((0.1524, 0.0), (0.127, 0.0254)).lineTo(-0.127, 0.0254).threePointArc((-0.1524, 0.0), (-0.127, -0.0254)).close()
loop1 = wp_sketch0.moveTo(-0.127, 0.0).circle(0.01143)
loop2 = wp_sketch0.moveTo(0.127, 0.0).circle(0.01143)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.15239999999999998)
