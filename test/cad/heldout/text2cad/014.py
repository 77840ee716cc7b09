import cadquery as cq
import math

# --- Part 1: Curved bracket ---
sketch_scale = 0.7
part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.5 * sketch_scale, 0.0)
    .threePointArc((0.6464 * sketch_scale, 0.0607 * sketch_scale), (0.7071 * sketch_scale, 0.2071 * sketch_scale))
    .lineTo(0.7071 * sketch_scale, 0.5 * sketch_scale)
    .lineTo(0.6071 * sketch_scale, 0.5 * sketch_scale)
    .lineTo(0.6071 * sketch_scale, 0.2071 * sketch_scale)
    .threePointArc((0.5757 * sketch_scale, 0.1314 * sketch_scale), (0.5 * sketch_scale, 0.1 * sketch_scale))
    .lineTo(0.0, 0.1 * sketch_scale)
    .close()
    .extrude(0.25)
)

# --- Hole in the vertical leg ---
hole = (
    cq.Workplane("YZ")
    .moveTo(0.4 * sketch_scale, 0.125)
    .circle(0.04)
    .extrude(1.0)
)
part_1 = part_1.cut(hole)

cq.exporters.export(part_1, "./stlcq/0155/01550009.stl")
