import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.49391256, -0.3868380423, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(0.2977939473, 0.0).lineTo(0.2977939473, 0.4645481989).lineTo(0.0, 0.4645481989).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.5839689525)
solid=solid0
