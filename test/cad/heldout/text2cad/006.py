import cadquery as cq

# --- Part 1: Base block ---
part_1_length = 0.75 * 0.75
part_1_width = 0.3 * 0.75
part_1_height = 0.15
part_1 = cq.Workplane("XY").rect(part_1_length, part_1_width).extrude(part_1_height)

# --- Part 2: Boss on top ---
part_2_radius = 0.1 * 0.2
part_2_height = 0.2
part_2 = cq.Workplane("XY").circle(part_2_radius).extrude(part_2_height)
part_2 = part_2.translate((0.1, 0, part_1_height))

# --- Part 3: Cut slot ---
part_3 = cq.Workplane("XY").rect(0.1, 0.05).extrude(-0.1)
part_3 = part_3.translate((-0.15, 0, part_1_height))

# --- Assembly ---
assembly = part_1.union(part_2).cut(part_3)

cq.exporters.export(assembly, "./stlcq/0070/00700911.stl")
