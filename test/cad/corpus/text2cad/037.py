import cadquery as cq

# --- Part 1: rounded ---
sketch_scale = 0.6

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0564 * sketch_scale, 0.0)
    .lineTo(0.6936 * sketch_scale, 0.0)
    .threePointArc((0.7335 * sketch_scale, 0.0165 * sketch_scale), (0.75 * sketch_scale, 0.0564 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.2835 * sketch_scale)
    .threePointArc((0.7335 * sketch_scale, 0.3235 * sketch_scale), (0.6936 * sketch_scale, 0.34 * sketch_scale))
    .lineTo(0.0564 * sketch_scale, 0.34 * sketch_scale)
    .threePointArc((0.0165 * sketch_scale, 0.3235 * sketch_scale), (0.0, 0.2835 * sketch_scale))
    .lineTo(0.0, 0.0564 * sketch_scale)
    .threePointArc((0.0165 * sketch_scale, 0.0165 * sketch_scale), (0.0564 * sketch_scale, 0.0))
    .close()
    .extrude(0.125)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000036.stl')
