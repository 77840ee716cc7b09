import cadquery as cq

# --- Part 1: rounded ---
sketch_scale = 0.5

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0943 * sketch_scale, 0.0)
    .lineTo(0.6557 * sketch_scale, 0.0)
    .threePointArc((0.7224 * sketch_scale, 0.0276 * sketch_scale), (0.75 * sketch_scale, 0.0943 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.4981 * sketch_scale)
    .threePointArc((0.7224 * sketch_scale, 0.5648 * sketch_scale), (0.6557 * sketch_scale, 0.5924 * sketch_scale))
    .lineTo(0.0943 * sketch_scale, 0.5924 * sketch_scale)
    .threePointArc((0.0276 * sketch_scale, 0.5648 * sketch_scale), (0.0, 0.4981 * sketch_scale))
    .lineTo(0.0, 0.0943 * sketch_scale)
    .threePointArc((0.0276 * sketch_scale, 0.0276 * sketch_scale), (0.0943 * sketch_scale, 0.0))
    .close()
    .extrude(0.125)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000031.stl')
