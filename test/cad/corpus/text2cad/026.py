import cadquery as cq

# --- Part 1: cylinder ---
part_1_radius = 0.3324 * 0.75  # Sketch radius scaled
part_1_height = 0.25

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0.0771, 0.192, 0.0347))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000025.stl')
