import cadquery as cq

# --- Part 1: Square plate with rounded corners ---
length = 0.75 * 0.75
width = 0.75 * 0.75
height = 0.025
corner_radius = 0.05 * 0.75

part_1 = (
    cq.Workplane("XY")
    .rect(length, width)
    .extrude(height)
    .edges("|Z")
    .fillet(corner_radius)
)

# --- Part 2: Four corner holes ---
hole_radius = 0.02 * 0.75
offset = 0.3 * 0.75
hole_locations = [(offset, offset), (-offset, offset), (offset, -offset), (-offset, -offset)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_locations).hole(2 * hole_radius)

# --- Assembly ---
assembly = part_1
cq.exporters.export(assembly, "./stlcq/0120/01201033.stl")
