import cadquery as cq

# Slotted link: slot2D outline with two slot holes
result = (
    cq.Workplane("XY")
    .slot2D(80, 24)
    .extrude(6)
    .faces(">Z")
    .workplane()
    .pushPoints([(-25, 0), (25, 0)])
    .slot2D(18, 8, 0)
    .cutThruAll()
)
