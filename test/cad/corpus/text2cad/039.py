import cadquery as cq
from cadquery.vis import show

# --- Part 1: plate ---
length = 0.75 * 0.75
width = 0.4092 * 0.75
height = 0.5

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.0853, 0.2306, 0.0786))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000038.stl')
