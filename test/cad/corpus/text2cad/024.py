import cadquery as cq
from cadquery.vis import show

# --- Part 1: ring ---
outer_radius = 0.2819 * 0.75
inner_radius = 0.1905 * 0.75
height = 0.25

part_1 = (
    cq.Workplane("XY")
    .circle(outer_radius)
    .circle(inner_radius)
    .extrude(height)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000023.stl')
