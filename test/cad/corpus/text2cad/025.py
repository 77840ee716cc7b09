import cadquery as cq

# --- Part 1: rounded tab ---
sketch_scale = 0.75
tab_length = 0.5132 * sketch_scale
tab_width = 0.2726 * sketch_scale
hole_radius = 0.049 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(tab_length, 0)
    .threePointArc((tab_length + tab_width / 2, tab_width / 2), (tab_length, tab_width))
    .lineTo(0, tab_width)
    .close()
    .extrude(0.05)
)
part_1 = part_1.faces(">Z").workplane().moveTo(tab_length, tab_width / 2).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.0801, 0.2946, 0.0771))

# --- Part 2: rounded ---
sketch_scale = 0.5

part_2 = (
    cq.Workplane("XY")
    .moveTo(0.1168 * sketch_scale, 0.0)
    .lineTo(0.6332 * sketch_scale, 0.0)
    .threePointArc((0.7158 * sketch_scale, 0.0342 * sketch_scale), (0.75 * sketch_scale, 0.1168 * sketch_scale))
    .lineTo(0.75 * sketch_scale, 0.3279 * sketch_scale)
    .threePointArc((0.7158 * sketch_scale, 0.4105 * sketch_scale), (0.6332 * sketch_scale, 0.4448 * sketch_scale))
    .lineTo(0.1168 * sketch_scale, 0.4448 * sketch_scale)
    .threePointArc((0.0342 * sketch_scale, 0.4105 * sketch_scale), (0.0, 0.3279 * sketch_scale))
    .lineTo(0.0, 0.1168 * sketch_scale)
    .threePointArc((0.0342 * sketch_scale, 0.0342 * sketch_scale), (0.1168 * sketch_scale, 0.0))
    .close()
    .extrude(0.0375)
)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.rotate((0, 0, 0), (1, 0, 0), 90)
part_2 = part_2.translate((0.085, 0.0055, 0.0893))

# --- Assembly ---
assembly = part_1.union(part_2)
