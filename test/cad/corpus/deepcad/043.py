import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4101584554, -0.4491062449, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0332185363, 0.0).lineTo(1.3038685821, 0.0).threePointArc((1.3273576344, 0.009729484), (1.3370871184, 0.0332185363)).lineTo(1.3370871184, 0.229186319).threePointArc((1.3273576344, 0.2526753713), (1.3038685821, 0.2624048553)).lineTo(0.0332185363, 0.2624048553).threePointArc((0.009729484, 0.2526753713), (0.0, 0.229186319)).lineTo(0.0, 0.0332185363).threePointArc((0.009729484, 0.009729484), (0.0332185363, 0.0)).close()
solid0=wp_sketch0.add(loop0).extrude(0.3745211015)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4101584554, -0.4491062449, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.0982828805, 0.0).circle(0.0982828805)
solid1=wp_sketch1.add(loop1).extrude(0.4864945507)
solid=solid.union(solid1)
