import cadquery as cq
wp_sketch0 = cq.Workplane('YZ')
loop0 = wp_sketch0.moveTo(0.0762, 0.0).lineTo(0.308141, 0.0).threePointArc((0.384341, 0.0762), (0.308141, 0.1524)).lineTo(0.0762, 0.1524).threePointArc((0.0, 0.0762), (0.0762, 0.0)).close()
solid=wp_sketch0.add(loop0).extrude(0.07619999999999999)
