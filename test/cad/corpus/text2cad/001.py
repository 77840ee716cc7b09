import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0921 * sketch_scale, 0.0)
    .lineTo(0.6579 * sketch_scale, 0.0)
    .threePointArc((0.723 * sketch_scale, 0.027 * sketch_scale), (0.75 * sketch_scale, 0.0921 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.2409 * sketch_scale)
    .threePointArc((0.723 * sketch_scale, 0.306 * sketch_scale), (0.6579 * sketch_scale, 0.333 * sketch_scale))
    .lineTo(0.0921 * sketch_scale, 0.333 * sketch_scale)
    .threePointArc((0.027 * sketch_scale, 0.306 * sketch_scale), (0.0, 0.2409 * sketch_scale))
    .lineTo(0.0, 0.0921 * sketch_scale)
    .threePointArc((0.027 * sketch_scale, 0.027 * sketch_scale), (0.0921 * sketch_scale, 0.0))
    .close()
    .extrude(0.075)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0.0441, 0.2373, 0.0107))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000000.stl')
