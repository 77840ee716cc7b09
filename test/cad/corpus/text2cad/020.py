import cadquery as cq

# --- Part 1: plate ---
length = 0.75 * 0.75
width = 0.4731 * 0.75
height = 0.1

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000019.stl')
