import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4902528751, -0.3747213371, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.1070381821, 0.0).lineTo(1.1070381821, 0.7579802069).lineTo(0.7744170133, 0.7579802069).lineTo(0.7744170133, 0.4171306581).lineTo(0.3326211688, 0.4171306581).lineTo(0.3326211688, 0.7579802069).lineTo(0.0, 0.7579802069).close()
solid0=wp_sketch0.add(loop0).extrude(0.3547109663)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.4902528751, -0.3747213371, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop1_0=wp_sketch1.moveTo(0.0926982488, 0.0).circle(0.0926982488)
loop1_1=wp_sketch1.moveTo(0.0926982488, 0.0).circle(0.0667686117)
solid1=wp_sketch1.add(loop1_0).add(loop1_1).extrude(-0.3491623513)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.4902528751, -0.3747213371, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop2_0=wp_sketch2.moveTo(0.3446271112, 0.0).lineTo(0.3446271112, 0.2625221008).lineTo(0.0, 0.2625221008).lineTo(0.0, 0.0).close()
loop2_1=wp_sketch2.moveTo(0.0598633865, 0.0598633865).circle(0.0272106302)
loop2_2=wp_sketch2.moveTo(0.2847637247, 0.0598633865).circle(0.0272106302)
loop2_3=wp_sketch2.moveTo(0.2847637247, 0.2026587143).circle(0.0272106302)
loop2_4=wp_sketch2.moveTo(0.0598633865, 0.2026587143).circle(0.0272106302)
solid2=wp_sketch2.add(loop2_0).add(loop2_1).add(loop2_2).add(loop2_3).add(loop2_4).extrude(-0.1514584)
solid=solid.union(solid2)
