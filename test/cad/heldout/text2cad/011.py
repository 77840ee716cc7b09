import cadquery as cq

# --- Part 1: Cylinder ---
part_1_radius = 0.0938 * 0.1875
part_1_height = 0.75

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Part 2: Cube ---
part_2_size = 0.1875 * 0.1875
part_2 = cq.Workplane("XY").box(part_2_size, part_2_size, 0.1875, centered=False)
part_2 = part_2.translate((-part_2_size / 2, -part_2_size / 2, 0))

# --- Assembly ---
assembly = part_2.union(part_1)

cq.exporters.export(assembly, "./stlcq/0130/01300062.stl")
