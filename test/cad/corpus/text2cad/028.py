import cadquery as cq

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1788 * sketch_scale)
    .lineTo(0.1788 * sketch_scale, 0.1788 * sketch_scale)
    .lineTo(0.1788 * sketch_scale, 0.3626 * sketch_scale)
    .lineTo(0.0, 0.3626 * sketch_scale)
    .close()
    .extrude(0.5)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0.0864, 0.2815, 0.0835))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000027.stl')
