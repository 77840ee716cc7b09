import cadquery as cq
wp_sketch0 = cq.Workplane('XZ')
loop0 = wp_sketch0.moveTo(0.0, 0.0).lineTo(0.0, 0.182).lineTo(0.286, 0.182).lineTo(0.286, 0.0).lineTo(0.0, 0.0).close()
loop1 = wp_sketch0.moveTo(0.064047, 0.091).circle(0.025619)
loop2 = wp_sketch0.moveTo(0.221953, 0.091).circle(0.025619)
solid=wp_sketch0.add(loop0).add(loop1).add(loop2).extrude(0.10400000000000001)
