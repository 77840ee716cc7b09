import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3158703557, -0.2941055437, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(1.3623780118, 0.0).lineTo(1.3623780118, 0.721176486).lineTo(0.0, 0.721176486).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.026913956)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3158703557, -0.2941055437, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.2118139669, 0.0).lineTo(0.2118139669, 0.7986189829).lineTo(0.0, 0.7986189829).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(-0.4510303279)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3158703557, -0.2941055437, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop2_0=wp_sketch2.moveTo(0.5189487502, 0.0).lineTo(0.5189487502, 0.5161342233).lineTo(0.0, 0.5161342233).lineTo(0.0, 0.0).close()
loop2_1=wp_sketch2.moveTo(0.1073415909, 0.1073415909).circle(0.0487916322)
loop2_2=wp_sketch2.moveTo(0.4116071593, 0.1073415909).circle(0.0487916322)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).add(loop2_2).extrude(0.5937945936)
solid=solid.cut(solid2)
cq.exporters.export(solid, "./00000028.stl",exportType="STL")
