import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded ---
sketch_scale = 0.75

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0867 * sketch_scale, 0.0)
    .lineTo(0.6633 * sketch_scale, 0.0)
    .threePointArc((0.7246 * sketch_scale, 0.0254 * sketch_scale), (0.75 * sketch_scale, 0.0867 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.3991 * sketch_scale)
    .threePointArc((0.7246 * sketch_scale, 0.4604 * sketch_scale), (0.6633 * sketch_scale, 0.4858 * sketch_scale))
    .lineTo(0.0867 * sketch_scale, 0.4858 * sketch_scale)
    .threePointArc((0.0254 * sketch_scale, 0.4604 * sketch_scale), (0.0, 0.3991 * sketch_scale))
    .lineTo(0.0, 0.0867 * sketch_scale)
    .threePointArc((0.0254 * sketch_scale, 0.0254 * sketch_scale), (0.0867 * sketch_scale, 0.0))
    .close()
    .extrude(0.0375)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.translate((0.0114, 0.0057, 0.0619))

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000040.stl')
