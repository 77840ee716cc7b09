import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.051, -0.0765).threePointArc((0.0, -0.153), (0.051, -0.0765)).threePointArc((0.0, 0.0), (-0.051, -0.0765)).close()
solid=wp_sketch0.add(loop0).extrude(0.085)
