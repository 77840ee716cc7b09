import cadquery as cq
wp_sketch0 = cq.Workplane('XY')
loop0 = wp_sketch0.moveTo(0.0, 0.0127).circle(0.0889)
loop1 = wp_sketch0.moveTo(0.0, 0.0127).circle(0.019661)
solid=wp_sketch0.add(loop0).add(loop1).extrude(-0.07619999999999999)
