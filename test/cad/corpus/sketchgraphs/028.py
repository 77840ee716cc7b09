import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.341, 0.0).lineTo(-0.341, 0.186).lineTo(0.0, 0.186).threePointArc((0.093, 0.093), (0.0, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(-0.124)
