import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.2141514186, -0.4213504381, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0=wp_sketch0.moveTo(0.100814064, 0.0).lineTo(0.2816282111, 0.0).threePointArc((0.3529145194, 0.0295277557), (0.3824422751, 0.100814064)).lineTo(0.3824422751, 0.6136993792).threePointArc((0.3529145194, 0.6849856875), (0.2816282111, 0.7145134432)).lineTo(0.100814064, 0.7145134432).threePointArc((0.0295277557, 0.6849856875), (0.0, 0.6136993792)).lineTo(0.0, 0.100814064).threePointArc((0.0295277557, 0.0295277557), (0.100814064, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.7427117765)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.2141514186, -0.4213504381, 0.7427117765), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop1=wp_sketch1.moveTo(0.6252371334, 0.0).lineTo(0.6252371334, 0.712633782).lineTo(0.0, 0.712633782).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(-0.2049144336)
solid=solid.cut(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.2141514186, -0.4213504381, 0.7427117765), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop2=wp_sketch2.moveTo(0.0, 0.0).lineTo(0.6655442493, 0.0).lineTo(0.6655442493, 0.5504658684).lineTo(0.3679698586, 0.5504658684).lineTo(0.3679698586, 0.2779191827).lineTo(0.2975743907, 0.2779191827).lineTo(0.2975743907, 0.5504658684).lineTo(0.0, 0.5504658684).close()
solid2=wp_sketch2.add(loop2).extrude(0.6088875335)
solid=solid.cut(solid2)
cq.exporters.export(solid, "./00000019.stl",exportType="STL")
