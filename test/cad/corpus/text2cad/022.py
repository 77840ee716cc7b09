import cadquery as cq

# --- Part 1: cylinder ---
part_1_radius = 0.1901 * 0.75  # Sketch radius scaled
part_1_height = 0.05

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000021.stl')
