import cadquery as cq
from cadquery.vis import show

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.6

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1671 * sketch_scale)
    .lineTo(0.1671 * sketch_scale, 0.1671 * sketch_scale)
    .lineTo(0.1671 * sketch_scale, 0.3755 * sketch_scale)
    .lineTo(0.0, 0.3755 * sketch_scale)
    .close()
    .extrude(0.125)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0.0539, 0.347, 0.0247))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000004.stl')
