import cadquery as cq

# Mounting bar with counterbored screw holes in a row
result = (
    cq.Workplane(cq.Plane.XY())
    .box(120, 20, 10)
    .faces(">Z")
    .workplane()
    .rarray(30, 1, 4, 1)
    .cboreHole(5.5, 10, 5.5)
)
