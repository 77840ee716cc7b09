import cadquery as cq

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.138 * sketch_scale)
    .lineTo(0.138 * sketch_scale, 0.138 * sketch_scale)
    .lineTo(0.138 * sketch_scale, 0.3147 * sketch_scale)
    .lineTo(0.0, 0.3147 * sketch_scale)
    .close()
    .extrude(0.0375)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.0137, 0.215, 0.0375))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000042.stl')
