import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4020568665, -0.4650675434, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0_0=wp_sketch0.moveTo(0.1135670114, 0.0).circle(0.1135670114)
loop0_1=wp_sketch0.moveTo(0.1135670114, 0.0).circle(0.0471626708)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).extrude(0.4256624754)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4020568665, -0.4650675434, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.1447225421, 0.0).lineTo(0.1447225421, 0.4744640948).lineTo(0.0, 0.4744640948).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(-0.277161773)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000027.stl",exportType="STL")
