import cadquery as cq

# --- Part 1: cylinder ---
part_1_radius = 0.1909 * 0.75  # Sketch radius scaled
part_1_height = 0.25

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0844, 0.0328, 0.0003))

# --- Assembly ---
assembly = part_1
