import cadquery as cq

# Open box with 3 mm walls, rounded vertical edges and a lip
length, width, height = 51, 72, 17
wall = 2
radius = 4

box = (
    cq.Workplane("XY")
    .rect(length, width)
    .extrude(height)
    .edges("|Z")
    .fillet(radius)
    .faces(">Z")
    .shell(-wall)
)
lip = (
    cq.Workplane("XY", origin=(0, 0, height))
    .rect(length - wall, width - wall)
    .rect(length - 2 * wall, width - 2 * wall)
    .extrude(2)
)
result = box.union(lip)
