import cadquery as cq

# Round only the cylinder edge closest to a point
result = (
    cq.Workplane("XY")
    .box(30, 30, 10)
    .faces(">Z")
    .workplane()
    .circle(6)
    .extrude(10)
    .edges(cq.selectors.NearestToPointSelector((0, 6, 20)))
    .fillet(1.5)
)
