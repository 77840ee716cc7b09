import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3631761389, -0.3496563265, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop0_0=wp_sketch0.moveTo(0.2259677013, 0.0).lineTo(0.2259677013, 0.8909776539).lineTo(0.0, 0.8909776539).lineTo(0.0, 0.0).close()
loop0_1=wp_sketch0.moveTo(0.0495528282, 0.0495528282).circle(0.0225240128)
loop0_2=wp_sketch0.moveTo(0.1764148731, 0.0495528282).circle(0.0225240128)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).add(loop0_2).extrude(0.1748326538)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3631761389, -0.3496563265, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.2118338813, 0.0).lineTo(0.5850072301, 0.0).threePointArc((0.734796404, 0.0620447073), (0.7968411114, 0.2118338813)).lineTo(0.7968411114, 0.6312232125).threePointArc((0.734796404, 0.7810123864), (0.5850072301, 0.8430570938)).lineTo(0.2118338813, 0.8430570938).threePointArc((0.0620447073, 0.7810123864), (0.0, 0.6312232125)).lineTo(0.0, 0.2118338813).threePointArc((0.0620447073, 0.0620447073), (0.2118338813, 0.0)).close()
solid1=wp_sketch1.add(loop1).extrude(0.1645839553)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3631761389, -0.3496563265, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop2_0=wp_sketch2.moveTo(0.4407433943, 0.0).circle(0.4407433943)
loop2_1=wp_sketch2.moveTo(0.4407433943, 0.0).circle(0.319474983)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).extrude(-0.264477321)
solid=solid.cut(solid2)
