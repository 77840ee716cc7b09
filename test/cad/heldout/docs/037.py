import cadquery as cq

# Second-highest face group: step block, fillet the step's top edges
result = (
    cq.Workplane("XY")
    .box(40, 20, 10)
    .faces(">Z")
    .workplane()
    .center(10, 0)
    .rect(20, 20)
    .extrude(10)
    .faces(">Z[-2]")
    .edges(">Z and |Y")
    .fillet(2)
)
