import cadquery as cq

# --- Part 1: rounded ---
sketch_scale = 0.45

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.122 * sketch_scale, 0.0)
    .lineTo(0.628 * sketch_scale, 0.0)
    .threePointArc((0.7143 * sketch_scale, 0.0357 * sketch_scale), (0.75 * sketch_scale, 0.122 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.3749 * sketch_scale)
    .threePointArc((0.7143 * sketch_scale, 0.4612 * sketch_scale), (0.628 * sketch_scale, 0.4969 * sketch_scale))
    .lineTo(0.122 * sketch_scale, 0.4969 * sketch_scale)
    .threePointArc((0.0357 * sketch_scale, 0.4612 * sketch_scale), (0.0, 0.3749 * sketch_scale))
    .lineTo(0.0, 0.122 * sketch_scale)
    .threePointArc((0.0357 * sketch_scale, 0.0357 * sketch_scale), (0.122 * sketch_scale, 0.0))
    .close()
    .extrude(0.1)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0091, 0.2471, 0.0286))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000035.stl')
