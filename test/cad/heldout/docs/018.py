import cadquery as cq

s = (
    cq.Sketch()
    .trapezoid(60, 30, 75)
    .vertices()
    .circle(4, mode="s")
    .reset()
    .vertices()
    .fillet(3)
    .reset()
    .rarray(10, 1, 3, 1)
    .slot(12, 4, mode="s", angle=90)
)
result = cq.Workplane().placeSketch(s).extrude(5)
