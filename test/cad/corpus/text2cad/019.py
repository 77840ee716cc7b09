import cadquery as cq
from cadquery.vis import show

# --- Part 1: rounded tab ---
sketch_scale = 0.75
tab_length = 0.6298 * sketch_scale
tab_width = 0.2961 * sketch_scale
hole_radius = 0.0774 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(tab_length, 0)
    .threePointArc((tab_length + tab_width / 2, tab_width / 2), (tab_length, tab_width))
    .lineTo(0, tab_width)
    .close()
    .extrude(0.075)
)
part_1 = part_1.faces(">Z").workplane().moveTo(tab_length, tab_width / 2).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((-0.0722, 0.3254, 0.047))

# --- Part 2: L-shaped bracket ---
sketch_scale = 0.6

part_2 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1843 * sketch_scale)
    .lineTo(0.1843 * sketch_scale, 0.1843 * sketch_scale)
    .lineTo(0.1843 * sketch_scale, 0.7365 * sketch_scale)
    .lineTo(0.0, 0.7365 * sketch_scale)
    .close()
    .extrude(0.075)
)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.rotate((0, 0, 0), (1, 0, 0), 90)
part_2 = part_2.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, './stlcq/0000/00000018.stl')
