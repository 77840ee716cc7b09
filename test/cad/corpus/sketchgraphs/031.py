import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.06, 0.0).lineTo(-0.06, 0.06).lineTo(0.0, 0.06).threePointArc((0.009966, 0.03), (0.0, 0.0)).threePointArc((-0.03, -0.02312), (-0.06, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(-0.02)
