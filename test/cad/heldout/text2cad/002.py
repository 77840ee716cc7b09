import cadquery as cq

# --- Part 1: Rectangular Plate with Holes ---
length = 0.75 * 0.75  # Scaled length
width = 0.4687 * 0.75  # Scaled width
height = 0.0312
hole_radius = 0.0234 * 0.75
hole_centers = [
    (0.0938 * 0.75 - length / 2, 0.0938 * 0.75 - width / 2),
    (0.6562 * 0.75 - length / 2, 0.0938 * 0.75 - width / 2),
    (0.0938 * 0.75 - length / 2, 0.375 * 0.75 - width / 2),
    (0.6562 * 0.75 - length / 2, 0.375 * 0.75 - width / 2),
]

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)
for center_x, center_y in hole_centers:
    part_1 = part_1.faces(">Z").workplane().hole(2 * hole_radius)

# --- Assembly ---
assembly = part_1
cq.exporters.export(assembly, "./stlcq/0027/00271552.stl")
