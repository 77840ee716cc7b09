import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(-0.0125, -0.0175).threePointArc((0.0, -0.035), (0.0125, -0.0175)).threePointArc((0.0, 0.0), (-0.0125, -0.0175)).close()
solid=wp_sketch0.add(loop0).extrude(0.015)
