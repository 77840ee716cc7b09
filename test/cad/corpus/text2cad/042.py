import cadquery as cq

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.5

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0883 * sketch_scale)
    .lineTo(0.0883 * sketch_scale, 0.0883 * sketch_scale)
    .lineTo(0.0883 * sketch_scale, 0.4582 * sketch_scale)
    .lineTo(0.0, 0.4582 * sketch_scale)
    .close()
    .extrude(0.25)
)

# --- Part 2: L-shaped bracket ---
sketch_scale = 0.45

part_2 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.103 * sketch_scale)
    .lineTo(0.103 * sketch_scale, 0.103 * sketch_scale)
    .lineTo(0.103 * sketch_scale, 0.6553 * sketch_scale)
    .lineTo(0.0, 0.6553 * sketch_scale)
    .close()
    .extrude(0.075)
)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((0.0886, 0.1198, 0.0731))

# --- Assembly ---
assembly = part_1.union(part_2)

# --- Final Result ---
result = assembly
