import cadquery as cq

# --- Part 1: ring ---
outer_radius = 0.2427 * 0.75
inner_radius = 0.1399 * 0.75
height = 0.1

part_1 = (
    cq.Workplane("XY")
    .circle(outer_radius)
    .circle(inner_radius)
    .extrude(height)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.rotate((0, 0, 0), (0, 0, 1), -90)

# --- Part 2: plate ---
length = 0.75 * 0.75
width = 0.3312 * 0.75
height = 0.25

part_2 = cq.Workplane("XY").rect(length, width).extrude(height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((0.096, 0.3699, 0.0156))

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, './stlcq/0000/00000016.stl')
