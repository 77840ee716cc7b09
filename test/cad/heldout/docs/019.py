import cadquery as cq

result = (
    cq.Workplane()
    .box(50, 50, 8)
    .faces(">Z")
    .sketch()
    .regularPolygon(18, 5, tag="star")
    .regularPolygon(10, 5, mode="s")
    .vertices(tag="star")
    .fillet(2)
    .finalize()
    .extrude(6)
)
