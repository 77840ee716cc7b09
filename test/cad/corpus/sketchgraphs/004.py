import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.078621, 0.0).threePointArc((0.108621, 0.03), (0.078621, 0.06)).lineTo(0.0, 0.06).threePointArc((-0.03, 0.03), (0.0, 0.0)).close()
loop1 = wp_sketch0.moveTo(0.0, 0.03).circle(0.0135)
loop2 = wp_sketch0.moveTo(0.078621, 0.03).circle(0.0135)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.02)
