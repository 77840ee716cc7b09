import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3832521453, -0.2003608435, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0_0=wp_sketch0.moveTo(0.5973434819, 0.0).circle(0.5973434819)
loop0_1=wp_sketch0.moveTo(0.5973434819, 0.0).circle(0.3358639884)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).extrude(0.1688603451)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3832521453, -0.2003608435, 0.1688603451), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.8216635954, 0.0).lineTo(0.8216635954, 0.8774136583).lineTo(0.0, 0.8774136583).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.091619338)
solid=solid.cut(solid1)
cq.exporters.export(solid, "./00000033.stl",exportType="STL")
