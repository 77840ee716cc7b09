import cadquery as cq

# A plate with three elongated slots and rounded corners
result = (
    cq.Workplane("XY")
    .box(100, 40, 6)
    .edges("|Z").fillet(5)
    .faces(">Z").workplane()
    .rarray(25, 1, 3, 1)
    .slot2D(20, 8, angle=90)
    .cutThruAll()
)
