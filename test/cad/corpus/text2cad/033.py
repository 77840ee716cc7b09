import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.08 * sketch_scale, 0.0)
    .lineTo(0.67 * sketch_scale, 0.0)
    .threePointArc((0.7266 * sketch_scale, 0.0234 * sketch_scale), (0.75 * sketch_scale, 0.08 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.429 * sketch_scale)
    .threePointArc((0.7266 * sketch_scale, 0.4855 * sketch_scale), (0.67 * sketch_scale, 0.5089 * sketch_scale))
    .lineTo(0.08 * sketch_scale, 0.5089 * sketch_scale)
    .threePointArc((0.0234 * sketch_scale, 0.4855 * sketch_scale), (0.0, 0.429 * sketch_scale))
    .lineTo(0.0, 0.08 * sketch_scale)
    .threePointArc((0.0234 * sketch_scale, 0.0234 * sketch_scale), (0.08 * sketch_scale, 0.0))
    .close()
    .extrude(0.5)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.translate((-0.0651, 0.3066, 0.0645))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000032.stl')
