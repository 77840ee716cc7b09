import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(-0.03, -0.03).threePointArc((-0.039646, 0.0), (-0.03, 0.03)).lineTo(0.03, 0.03).lineTo(0.03, -0.03).threePointArc((0.0, -0.056837), (-0.03, -0.03)).close()
loop1 = wp_sketch0.moveTo(-0.014887, -0.014887).circle(0.006045)
loop2 = wp_sketch0.moveTo(-0.014887, 0.014887).circle(0.006045)
loop3 = wp_sketch0.moveTo(0.014887, -0.014887).circle(0.006045)
loop4 = wp_sketch0.moveTo(0.014887, 0.014887).circle(0.006045)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(-0.06)
