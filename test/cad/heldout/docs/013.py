import cadquery as cq

result = (
    cq.Workplane("XY")
    .box(40, 30, 12)
    .faces(">Z")
    .workplane()
    .tag("deck")
    .rect(20, 10)
    .extrude(8)
    .workplaneFromTagged("deck")
    .center(14, 0)
    .circle(3)
    .cutBlind(-6)
)
