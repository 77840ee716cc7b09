import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4333264887, -0.2990277634, 0.0), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.4654103589, 0.0).lineTo(1.4654103589, 0.3430895119).lineTo(0.9993979237, 0.3430895119).lineTo(0.9993979237, 0.2235419158).lineTo(0.4660124352, 0.2235419158).lineTo(0.4660124352, 0.3430895119).lineTo(0.0, 0.3430895119).close()
solid0=wp_sketch0.add(loop0).extrude(0.1775391498)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4333264887, -0.2990277634, 0.1775391498), cq.Vector(-1.0, 0.0, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, 0.0, -1.0)))
loop1=wp_sketch1.moveTo(0.38950648, 0.0).lineTo(0.38950648, 0.8484185451).lineTo(0.0, 0.8484185451).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.6638395804)
solid=solid.union(solid1)
