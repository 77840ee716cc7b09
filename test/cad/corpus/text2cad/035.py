import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.6

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.1524 * sketch_scale, 0.0)
    .lineTo(0.5976 * sketch_scale, 0.0)
    .threePointArc((0.7054 * sketch_scale, 0.0446 * sketch_scale), (0.75 * sketch_scale, 0.1524 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.3807 * sketch_scale)
    .threePointArc((0.7054 * sketch_scale, 0.4884 * sketch_scale), (0.5976 * sketch_scale, 0.5331 * sketch_scale))
    .lineTo(0.1524 * sketch_scale, 0.5331 * sketch_scale)
    .threePointArc((0.0446 * sketch_scale, 0.4884 * sketch_scale), (0.0, 0.3807 * sketch_scale))
    .lineTo(0.0, 0.1524 * sketch_scale)
    .threePointArc((0.0446 * sketch_scale, 0.0446 * sketch_scale), (0.1524 * sketch_scale, 0.0))
    .close()
    .extrude(0.1)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.0763, 0.1679, 0.0255))

# --- Part 2: plate ---
length = 0.75 * 0.45
width = 0.6839 * 0.45
height = 0.125

part_2 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((0.0905, 0.2348, 0.0749))

# --- Assembly ---
assembly = part_1.union(part_2)

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000034.stl')
