import cadquery as cq

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1283 * sketch_scale)
    .lineTo(0.1283 * sketch_scale, 0.1283 * sketch_scale)
    .lineTo(0.1283 * sketch_scale, 0.4318 * sketch_scale)
    .lineTo(0.0, 0.4318 * sketch_scale)
    .close()
    .extrude(0.375)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0.0963, 0.2507, 0.0497))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000013.stl')
