import cadquery as cq

# --- Part 1: plate with holes ---
length = 0.75 * 0.45
width = 0.5176 * 0.45
height = 0.05

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.0426 * 0.45
hole_centers = [(-0.2686 * 0.45, -0.1524 * 0.45), (0.2686 * 0.45, -0.1524 * 0.45), (-0.2686 * 0.45, 0.1524 * 0.45), (0.2686 * 0.45, 0.1524 * 0.45)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0747, 0.0139, 0.0388))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
