import cadquery as cq

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.75
part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.125 * sketch_scale)
    .lineTo(0.125 * sketch_scale, 0.125 * sketch_scale)
    .lineTo(0.125 * sketch_scale, 0.5 * sketch_scale)
    .lineTo(0.0, 0.5 * sketch_scale)
    .lineTo(0.0, 0.0)
    .close()
    .extrude(0.25)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0, 0, 0))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, "./stlcq/0055/00551234.stl")
