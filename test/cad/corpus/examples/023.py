import cadquery as cq

outer = 46.0
inner = 20.0
length = 15.0

# A spacer: a ring extruded from two concentric circles, both ends chamfered
result = (
    cq.Workplane("XY")
    .circle(outer / 2)
    .circle(inner / 2)
    .extrude(length)
    .edges()
    .chamfer(1.2)
)
