import cadquery as cq

# Bearing holder: block, central seat, four counterbored screws, rounded vertical edges
size_x = 70.0
size_y = 50.0
thick = 14.0
seat = 26.0
margin = 10.0

result = (
    cq.Workplane("XY")
    .box(size_x, size_y, thick)
    .faces(">Z")
    .workplane()
    .hole(seat)
    .faces(">Z")
    .workplane()
    .rect(size_x - 2 * margin, size_y - 2 * margin, forConstruction=True)
    .vertices()
    .cboreHole(3.4, 6.5, 3.0)
    .edges("|Z")
    .fillet(4.0)
)
show_object(result)
