import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.45

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0493 * sketch_scale, 0.0)
    .lineTo(0.7007 * sketch_scale, 0.0)
    .threePointArc((0.7356 * sketch_scale, 0.0144 * sketch_scale), (0.75 * sketch_scale, 0.0493 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.4145 * sketch_scale)
    .threePointArc((0.7356 * sketch_scale, 0.4494 * sketch_scale), (0.7007 * sketch_scale, 0.4638 * sketch_scale))
    .lineTo(0.0493 * sketch_scale, 0.4638 * sketch_scale)
    .threePointArc((0.0144 * sketch_scale, 0.4494 * sketch_scale), (0.0, 0.4145 * sketch_scale))
    .lineTo(0.0, 0.0493 * sketch_scale)
    .threePointArc((0.0144 * sketch_scale, 0.0144 * sketch_scale), (0.0493 * sketch_scale, 0.0))
    .close()
    .extrude(0.05)
)

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000043.stl')
