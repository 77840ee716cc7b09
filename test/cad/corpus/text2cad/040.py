import cadquery as cq
from cadquery.vis import show

# --- Part 1: plate ---
length = 0.75 * 0.6
width = 0.3736 * 0.6
height = 0.075

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.0318, 0.2743, 0.0945))

# --- Part 2: cylinder ---
part_2_radius = 0.3426 * 0.75  # Sketch radius scaled
part_2_height = 0.5

part_2 = cq.Workplane("XY").circle(part_2_radius).extrude(part_2_height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.rotate((0, 0, 0), (1, 0, 0), -90)
part_2 = part_2.translate((-0.0178, 0.2315, 0.0866))

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, './stlcq/0000/00000039.stl')
