import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4798531174, -0.2653775886, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.3366213645, 0.0).lineTo(1.3366213645, 0.5788453988).lineTo(0.7729903516, 0.5788453988).lineTo(0.7729903516, 0.2643498587).lineTo(0.5636310129, 0.2643498587).lineTo(0.5636310129, 0.5788453988).lineTo(0.0, 0.5788453988).close()
solid0=wp_sketch0.add(loop0).extrude(-0.2786021411)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4798531174, -0.2653775886, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop1_0=wp_sketch1.moveTo(0.4375131539, 0.0).circle(0.4375131539)
loop1_1=wp_sketch1.moveTo(0.4375131539, 0.0).circle(0.291380624)
solid1=wp_sketch1.add(loop1_0).add(loop1_1).extrude(-0.3693307178)
solid=solid.union(solid1)
cq.exporters.export(solid, "./00000013.stl",exportType="STL")
