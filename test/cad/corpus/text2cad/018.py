import cadquery as cq
from cadquery.vis import show

# --- Part 1: cylinder ---
part_1_radius = 0.1322 * 0.45  # Sketch radius scaled
part_1_height = 0.25

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.0885, 0.0819, 0.0794))

# --- Part 2: rounded ---
sketch_scale = 0.6

part_2 = (
    cq.Workplane("XY")
    .moveTo(0.1009 * sketch_scale, 0.0)
    .lineTo(0.6491 * sketch_scale, 0.0)
    .threePointArc((0.7205 * sketch_scale, 0.0295 * sketch_scale), (0.75 * sketch_scale, 0.1009 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.2714 * sketch_scale)
    .threePointArc((0.7205 * sketch_scale, 0.3428 * sketch_scale), (0.6491 * sketch_scale, 0.3723 * sketch_scale))
    .lineTo(0.1009 * sketch_scale, 0.3723 * sketch_scale)
    .threePointArc((0.0295 * sketch_scale, 0.3428 * sketch_scale), (0.0, 0.2714 * sketch_scale))
    .lineTo(0.0, 0.1009 * sketch_scale)
    .threePointArc((0.0295 * sketch_scale, 0.0295 * sketch_scale), (0.1009 * sketch_scale, 0.0))
    .close()
    .extrude(0.375)
)

# --- Assembly ---
assembly = part_1.union(part_2)

# --- Final Result ---
result = assembly
