import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.4286251652, -0.2290589886, 0.0), cq.Vector(1.0, 0.0, 0.0), cq.Vector(0.0, 0.0, 1.0)))
loop0_0=wp_sketch0.moveTo(0.6928753329, 0.0).circle(0.6928753329)
loop0_1=wp_sketch0.moveTo(0.6928753329, 0.0).circle(0.3057839161)
solid0=wp_sketch0.add(loop0_0).add(loop0_1).extrude(0.0297602192)
solid=solid0
