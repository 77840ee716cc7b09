import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.03, -0.035).threePointArc((-0.037861, 0.0), (-0.03, 0.035)).threePointArc((0.0, 0.050298), (0.03, 0.035)).lineTo(0.03, -0.035).lineTo(-0.03, -0.035).close()
loop1 = wp_sketch0.moveTo(0.0, 0.0).circle(0.007373)
solid=wp_sketch0.add(loop0).add(loop1).extrude(0.01)
