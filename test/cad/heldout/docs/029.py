import cadquery as cq

# Pocket cut to a depth from the top, then the last extrusion continues to the next face
result = (
    cq.Workplane("XY")
    .box(40, 40, 10)
    .faces(">Z")
    .workplane()
    .rect(20, 20)
    .cutBlind("last")
)
