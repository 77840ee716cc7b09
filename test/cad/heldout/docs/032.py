import cadquery as cq

# Fillet only the circular edges of a bored block
result = (
    cq.Workplane("XY")
    .box(40, 40, 15)
    .faces(">Z")
    .workplane()
    .hole(12)
    .edges("%CIRCLE and >Z")
    .chamfer(1)
)
