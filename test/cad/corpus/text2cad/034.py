import cadquery as cq

# --- Part 1: cylinder ---
part_1_radius = 0.1652 * 0.75  # Sketch radius scaled
part_1_height = 0.05

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0312, 0.0095, 0.0807))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000033.stl')
