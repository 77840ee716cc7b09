import cadquery as cq

# --- Part 1: rounded tab ---
sketch_scale = 0.75
tab_length = 0.4805 * sketch_scale
tab_width = 0.2679 * sketch_scale
hole_radius = 0.0531 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(tab_length, 0)
    .threePointArc((tab_length + tab_width / 2, tab_width / 2), (tab_length, tab_width))
    .lineTo(0, tab_width)
    .close()
    .extrude(0.375)
)
part_1 = part_1.faces(">Z").workplane().moveTo(tab_length, tab_width / 2).hole(2 * hole_radius)

# --- Assembly ---
assembly = part_1
