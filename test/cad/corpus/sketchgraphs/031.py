import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.0889, 0.0).lineTo(-0.0889, 0.0).threePointArc((0.0, 0.0889), (-0.0889, 0.1778)).lineTo(-0.0889, 0.1778).threePointArc((-0.1778, 0.0889), (-0.0889, 0.0)).close()
loop1 = wp_sketch0.moveTo(-0.0889, 0.0889).circle(0.040005)
loop2 = wp_sketch0.moveTo(-0.0889, 0.0889).circle(0.040005)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(-0.07619999999999999)
