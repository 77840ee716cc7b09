import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0).threePointArc((0.045, -0.081), (0.09, 0.0)).threePointArc((0.045, 0.081), (0.0, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(-0.036000000000000004)
