import cadquery as cq

# --- Part 1: plate with holes ---
length = 0.75 * 0.6
width = 0.6382 * 0.6
height = 0.375

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.0651 * 0.6
hole_centers = [(-0.2121 * 0.6, -0.1562 * 0.6), (0.2121 * 0.6, -0.1562 * 0.6), (-0.2121 * 0.6, 0.1562 * 0.6), (0.2121 * 0.6, 0.1562 * 0.6)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.061, 0.3836, 0.0605))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000006.stl')
