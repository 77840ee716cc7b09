import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4243575708, -0.365148759, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(0.8062946161, 0.0).lineTo(0.8062946161, 0.3196095543).lineTo(0.4677770888, 0.3196095543).lineTo(0.4677770888, 0.2004000482).lineTo(0.3385175273, 0.2004000482).lineTo(0.3385175273, 0.3196095543).lineTo(0.0, 0.3196095543).close()
solid0=wp_sketch0.add(loop0).extrude(0.5534937146)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4243575708, -0.365148759, 0.5534937146), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop1=wp_sketch1.moveTo(0.4183725685, 0.0).lineTo(0.4183725685, 0.3567409107).lineTo(0.0, 0.3567409107).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.3753407872)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.4243575708, -0.365148759, 0.9288345018), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop2_0=wp_sketch2.moveTo(0.1433323576, 0.0).lineTo(0.1433323576, 0.4977876152).lineTo(0.0, 0.4977876152).lineTo(0.0, 0.0).close()
loop2_1=wp_sketch2.moveTo(0.0327138705, 0.0327138705).circle(0.0148699411)
loop2_2=wp_sketch2.moveTo(0.110618487, 0.0327138705).circle(0.0148699411)
loop2_3=wp_sketch2.moveTo(0.110618487, 0.4650737446).circle(0.0148699411)
loop2_4=wp_sketch2.moveTo(0.0327138705, 0.4650737446).circle(0.0148699411)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).add(loop2_2).add(loop2_3).add(loop2_4).extrude(0.400311925)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000018.stl",exportType="STL")
