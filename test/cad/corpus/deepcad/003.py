import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4862918193, -0.3940827566, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0_0=wp_sketch0.moveTo(1.249237003, 0.0).lineTo(1.249237003, 0.9582251603).lineTo(0.0, 0.9582251603).lineTo(0.0, 0.0).close()
loop0_1=wp_sketch0.moveTo(0.2417317333, 0.2417317333).circle(0.1098780606)
loop0_2=wp_sketch0.moveTo(1.0075052697, 0.2417317333).circle(0.1098780606)
loop0_3=wp_sketch0.moveTo(1.0075052697, 0.716493427).circle(0.1098780606)
loop0_4=wp_sketch0.moveTo(0.2417317333, 0.716493427).circle(0.1098780606)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).add(loop0_2).add(loop0_3).add(loop0_4).extrude(0.0596230979)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4862918193, -0.3940827566, 0.0596230979), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop1=wp_sketch1.moveTo(0.0, 0.0).lineTo(0.2779196369, 0.0).lineTo(0.2779196369, 0.6274098758).lineTo(0.18758418, 0.6274098758).lineTo(0.18758418, 0.3776154447).lineTo(0.0903354569, 0.3776154447).lineTo(0.0903354569, 0.6274098758).lineTo(0.0, 0.6274098758).close()
solid1=wp_sketch1.add(loop1).extrude(0.3360557999)
solid=solid.cut(solid1)
cq.exporters.export(solid, "./00000002.stl",exportType="STL")
