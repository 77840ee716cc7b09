import cadquery as cq

# Square base lofted into a round neck
result = (
    cq.Workplane("XY")
    .box(30, 30, 4)
    .faces(">Z")
    .rect(24, 24)
    .workplane(offset=20)
    .circle(6)
    .loft(combine=True)
)
