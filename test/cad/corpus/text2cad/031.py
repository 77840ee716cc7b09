import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.45

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0886 * sketch_scale, 0.0)
    .lineTo(0.6614 * sketch_scale, 0.0)
    .threePointArc((0.724 * sketch_scale, 0.026 * sketch_scale), (0.75 * sketch_scale, 0.0886 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.454 * sketch_scale)
    .threePointArc((0.724 * sketch_scale, 0.5167 * sketch_scale), (0.6614 * sketch_scale, 0.5426 * sketch_scale))
    .lineTo(0.0886 * sketch_scale, 0.5426 * sketch_scale)
    .threePointArc((0.026 * sketch_scale, 0.5167 * sketch_scale), (0.0, 0.454 * sketch_scale))
    .lineTo(0.0, 0.0886 * sketch_scale)
    .threePointArc((0.026 * sketch_scale, 0.026 * sketch_scale), (0.0886 * sketch_scale, 0.0))
    .close()
    .extrude(0.5)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0.0808, 0.1099, 0.0332))

# --- Assembly ---
assembly = part_1
