import cadquery as cq

# Name plate with engraved lettering
result = (
    cq.Workplane("XY")
    .box(60, 20, 4)
    .faces(">Z")
    .workplane()
    .text("VF-01", 8, -1, cut=True)
)
