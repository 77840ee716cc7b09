import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0508, 0.0).lineTo(0.177071, 0.0).threePointArc((0.227871, 0.0508), (0.177071, 0.1016)).lineTo(0.0508, 0.1016).threePointArc((0.0, 0.0508), (0.0508, 0.0)).close()
loop1 = wp_sketch0.moveTo(0.0508, 0.0508).circle(0.02286)
loop2 = wp_sketch0.moveTo(0.177071, 0.0508).circle(0.02286)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.17779999999999999)
