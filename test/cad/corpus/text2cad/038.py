import cadquery as cq

# --- Part 1: rounded ---
sketch_scale = 0.45

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.128 * sketch_scale, 0.0)
    .lineTo(0.622 * sketch_scale, 0.0)
    .threePointArc((0.7125 * sketch_scale, 0.0375 * sketch_scale), (0.75 * sketch_scale, 0.128 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.3506 * sketch_scale)
    .threePointArc((0.7125 * sketch_scale, 0.4411 * sketch_scale), (0.622 * sketch_scale, 0.4786 * sketch_scale))
    .lineTo(0.128 * sketch_scale, 0.4786 * sketch_scale)
    .threePointArc((0.0375 * sketch_scale, 0.4411 * sketch_scale), (0.0, 0.3506 * sketch_scale))
    .lineTo(0.0, 0.128 * sketch_scale)
    .threePointArc((0.0375 * sketch_scale, 0.0375 * sketch_scale), (0.128 * sketch_scale, 0.0))
    .close()
    .extrude(0.075)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((-0.0912, 0.0215, 0.0181))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000037.stl')
