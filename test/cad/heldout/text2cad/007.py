import cadquery as cq
import math
from cadquery.vis import show

# --- Part 1: Rounded rectangular tab ---
sketch_scale = 0.75
extrude_depth = 0.0625

arc_mid = (0.7317 * sketch_scale, 0.0183 * sketch_scale)

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.6875 * sketch_scale, 0.0)
    .threePointArc(arc_mid, (0.75 * sketch_scale, 0.0625 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.25 * sketch_scale)
    .lineTo(0.0, 0.25 * sketch_scale)
    .lineTo(0.0, 0.0)
    .close()
    .extrude(extrude_depth)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0, 0, 0.0625))

# --- Assembly ---
assembly = part_1
cq.exporters.export(assembly, "./stlcq/0081/00813310.stl")
