import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.2286, 0.0).lineTo(-0.2286, 0.2286).lineTo(0.0, 0.2286).threePointArc((0.1143, 0.1143), (0.0, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.1143, 0.1143).circle(0.019636)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.07619999999999999)
