import cadquery as cq

result = (
    cq.Workplane("XY")
    .box(40, 40, 8)
    .faces(">Z")
    .workplane()
    .rarray(12, 12, 3, 3)
    .cskHole(3.2, 6.4, 82)
)
