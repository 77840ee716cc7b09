import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4898860353, -0.2040148388, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.0328880091, 0.0).lineTo(1.0328880091, 0.4399295281).lineTo(0.579177252, 0.4399295281).lineTo(0.579177252, 0.2089806908).lineTo(0.4537107572, 0.2089806908).lineTo(0.4537107572, 0.4399295281).lineTo(0.0, 0.4399295281).close()
solid0=wp_sketch0.add(loop0).extrude(-0.1102984264)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4898860353, -0.2040148388, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.2937819378, 0.0).circle(0.2937819378)
solid1=wp_sketch1.add(loop1).extrude(-0.512422202)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.4898860353, -0.2040148388, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.0, 0.0).lineTo(0.8380790456, 0.0).lineTo(0.8380790456, 0.6680957555).lineTo(0.4662572187, 0.6680957555).lineTo(0.4662572187, 0.4408055777).lineTo(0.3718218268, 0.4408055777).lineTo(0.3718218268, 0.6680957555).lineTo(0.0, 0.6680957555).close()
solid2=wp_sketch2.add(loop2).extrude(0.3636034429)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000034.stl",exportType="STL")
