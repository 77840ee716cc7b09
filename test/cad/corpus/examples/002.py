import cadquery as cq

outer = 30.0
inner = 12.0
length = 8.0

# A spacer: a ring extruded from two concentric circles, both ends chamfered
result = (
    cq.Workplane("XY")
    .circle(outer / 2)
    .circle(inner / 2)
    .extrude(length)
    .edges()
    .chamfer(0.8)
)
