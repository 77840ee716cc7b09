import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.025, 0.0).lineTo(0.023253, 0.0).threePointArc((0.048253, 0.025), (0.023253, 0.05)).lineTo(-0.025, 0.05).threePointArc((-0.05, 0.025), (-0.025, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.025, 0.025).circle(0.01125)
loop2 = wp_sketch0.moveTo(0.023253, 0.025).circle(0.01125)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.07)
