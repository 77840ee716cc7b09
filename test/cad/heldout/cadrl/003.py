import cadquery as cq

# A simple enclosure with a lid lip
width, depth, height = 60.0, 40.0, 25.0
wall = 2.0

box = cq.Workplane("XY").box(width, depth, height).edges("|Z").fillet(4.0)
box = box.faces(">Z").shell(-wall)
lip = (
    cq.Workplane("XY")
    .workplane(offset=height / 2)
    .rect(width - 2 * wall, depth - 2 * wall)
    .rect(width - 4 * wall, depth - 4 * wall)
    .extrude(3)
)
result = box.union(lip)
show_object(result, name="enclosure")
