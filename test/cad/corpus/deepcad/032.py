import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4550870366, -0.3860273669, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(1.0410518553, 0.0).lineTo(1.0410518553, 0.699569886).lineTo(0.0, 0.699569886).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(0.6331726609)
solid=solid0
