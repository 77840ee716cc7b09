import cadquery as cq
from cadquery.vis import show

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1847 * sketch_scale)
    .lineTo(0.1847 * sketch_scale, 0.1847 * sketch_scale)
    .lineTo(0.1847 * sketch_scale, 0.7035 * sketch_scale)
    .lineTo(0.0, 0.7035 * sketch_scale)
    .close()
    .extrude(0.075)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((-0.0277, 0.1519, 0.0046))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000026.stl')
