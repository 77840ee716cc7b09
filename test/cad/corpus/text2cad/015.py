import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.097 * sketch_scale, 0.0)
    .lineTo(0.653 * sketch_scale, 0.0)
    .threePointArc((0.7216 * sketch_scale, 0.0284 * sketch_scale), (0.75 * sketch_scale, 0.097 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.2957 * sketch_scale)
    .threePointArc((0.7216 * sketch_scale, 0.3643 * sketch_scale), (0.653 * sketch_scale, 0.3927 * sketch_scale))
    .lineTo(0.097 * sketch_scale, 0.3927 * sketch_scale)
    .threePointArc((0.0284 * sketch_scale, 0.3643 * sketch_scale), (0.0, 0.2957 * sketch_scale))
    .lineTo(0.0, 0.097 * sketch_scale)
    .threePointArc((0.0284 * sketch_scale, 0.0284 * sketch_scale), (0.097 * sketch_scale, 0.0))
    .close()
    .extrude(0.125)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0754, 0.0993, 0.0909))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000014.stl')
