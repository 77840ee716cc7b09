import cadquery as cq

# parameter definitions
height = 60.0
width = 40.0
thickness = 8.0
diameter = 22.0
padding = 12.0

# make the base
result = (
    cq.Workplane("XY")
    .box(height, width, thickness)
    .faces(">Z")
    .workplane()
    .hole(diameter)
    .faces(">Z")
    .workplane()
    .rect(height - padding, width - padding, forConstruction=True)
    .vertices()
    .cboreHole(4, 8, 2.1)
    .edges("|Z")
    .fillet(2.0)
)
