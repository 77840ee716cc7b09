import cadquery as cq

# A square base lofted to a round top
result = (
    cq.Workplane("XY")
    .rect(2.0, 2.0)
    .workplane(offset=3.0)
    .circle(1.0)
    .loft(combine=True)
)
