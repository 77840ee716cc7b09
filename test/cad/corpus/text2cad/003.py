import cadquery as cq

# --- Part 1: rounded tab ---
sketch_scale = 0.5
tab_length = 0.664 * sketch_scale
tab_width = 0.2893 * sketch_scale
hole_radius = 0.0703 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(tab_length, 0)
    .threePointArc((tab_length + tab_width / 2, tab_width / 2), (tab_length, tab_width))
    .lineTo(0, tab_width)
    .close()
    .extrude(0.1)
)
part_1 = part_1.faces(">Z").workplane().moveTo(tab_length, tab_width / 2).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), 90)
part_1 = part_1.translate((0.0934, 0.3702, 0.073))

# --- Assembly ---
assembly = part_1
