import cadquery as cq

# Frame: outer rectangle minus inner, edges selected by type and position
result = (
    cq.Workplane("XY")
    .rect(60, 40)
    .rect(50, 30)
    .extrude(8)
    .edges("|Z and >X")
    .fillet(3)
    .faces("<Z")
    .workplane(invert=True)
    .rect(70, 10)
    .extrude(2)
)
