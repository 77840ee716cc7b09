import cadquery as cq
from cadquery.vis import show

# --- Part 1: ring ---
outer_radius = 0.2574 * 0.45
inner_radius = 0.1697 * 0.45
height = 0.05

part_1 = (
    cq.Workplane("XY")
    .circle(outer_radius)
    .circle(inner_radius)
    .extrude(height)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.0604, 0.3056, 0.0331))

# --- Part 2: plate ---
length = 0.75 * 0.6
width = 0.5652 * 0.6
height = 0.25

part_2 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, './stlcq/0000/00000022.stl')
