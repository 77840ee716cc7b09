import cadquery as cq
from cadquery.vis import show

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1071 * sketch_scale)
    .lineTo(0.1071 * sketch_scale, 0.1071 * sketch_scale)
    .lineTo(0.1071 * sketch_scale, 0.6935 * sketch_scale)
    .lineTo(0.0, 0.6935 * sketch_scale)
    .close()
    .extrude(0.125)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.translate((0.0192, 0.0021, 0.0024))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000008.stl')
