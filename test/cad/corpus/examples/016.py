import cadquery as cq

# A stepped shaft with a keyway
shaft = (
    cq.Workplane("XY")
    .circle(12.0)
    .extrude(24.0)
    .faces(">Z").workplane()
    .circle(6.0)
    .extrude(36.0)
    .faces(">Z").chamfer(1)
)
keyway = (
    cq.Workplane("XZ", origin=(0, 0, 0))
    .center(0, 42.0)
    .slot2D(18.0, 4, angle=90)
    .extrude(-7.0)
)
result = shaft.cut(keyway.translate((4.0, 0, 0)))
