import cadquery as cq

# --- Part 1: Base ---
part_1 = cq.Workplane("XY").box(0.75, 0.5, 0.1, centered=(False, False, False))

# --- Part 2: Wall ---
part_2 = cq.Workplane("XY").box(0.75, 0.1, 0.4, centered=(False, False, False))
part_2 = part_2.translate((0, 0.4, 0.1))

# --- Part 3: Gusset (triangle) ---
part_3 = (
    cq.Workplane("YZ")
    .polyline([(0.1, 0.1), (0.4, 0.1), (0.4, 0.4)])
    .close()
    .extrude(0.05)
    .translate((0.35, 0, 0))
)

# --- Assembly ---
assembly = part_1.union(part_2).union(part_3)

cq.exporters.export(assembly, "./stlcq/0161/01617003.stl")
