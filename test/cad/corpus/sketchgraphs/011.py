import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.1016).lineTo(0.1524, 0.1016).threePointArc((0.2032, 0.0508), (0.1524, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(0.15239999999999998)
