import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded tab ---
sketch_scale = 0.75
tab_length = 0.4109 * sketch_scale
tab_width = 0.2418 * sketch_scale
hole_radius = 0.0391 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(tab_length, 0)
    .threePointArc((tab_length + tab_width / 2, tab_width / 2), (tab_length, tab_width))
    .lineTo(0, tab_width)
    .close()
    .extrude(0.1)
)
part_1 = part_1.faces(">Z").workplane().moveTo(tab_length, tab_width / 2).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.059, 0.0687, 0.0332))

# --- Part 2: plate ---
length = 0.75 * 0.45
width = 0.3416 * 0.45
height = 0.0375

part_2 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((-0.0905, 0.1722, 0.0376))

# --- Assembly ---
assembly = part_1.union(part_2)

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000011.stl')
