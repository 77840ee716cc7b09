import cadquery as cq

# --- Part 1: Cylinder with central hole ---
part_1_outer_radius = 0.375 * 0.75
part_1_inner_radius = 0.125 * 0.75
part_1_height = 0.3

part_1 = (
    cq.Workplane("XY")
    .circle(part_1_outer_radius)
    .extrude(part_1_height)
    .cut(cq.Workplane("XY").circle(part_1_inner_radius).extrude(part_1_height))
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)
part_1 = part_1.translate((0, 0.3, 0))

# --- Part 2: Flange ---
part_2 = (
    cq.Workplane("XY")
    .circle(0.45 * 0.9)
    .circle(part_1_inner_radius)
    .extrude(0.05)
)
part_2 = part_2.rotate((0, 0, 0), (0, 0, 1), -90)
part_2 = part_2.translate((0, 0.3, 0))

assembly = part_1.union(part_2)
cq.exporters.export(assembly, "./stlcq/0092/00920871.stl")
