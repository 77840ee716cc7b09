import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(-0.0381, -0.0635).lineTo(-0.0381, 0.0635).lineTo(0.0381, 0.0635).lineTo(0.0381, -0.0635).lineTo(-0.0381, -0.0635).close()
loop1 = wp_sketch0.moveTo(-0.019886, -0.045286).circle(0.007285)
loop2 = wp_sketch0.moveTo(-0.019886, 0.045286).circle(0.007285)
loop3 = wp_sketch0.moveTo(0.019886, -0.045286).circle(0.007285)
loop4 = wp_sketch0.moveTo(0.019886, 0.045286).circle(0.007285)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).add(loop3).add(loop4).extrude(0.07619999999999999)
