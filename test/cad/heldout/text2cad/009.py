import cadquery as cq

# --- Part 1: Triangular prism ---
part_1_points = [
    (0.0, 0.0),
    (0.75 * 0.75, 0.0),
    (0.375 * 0.75, 0.6495 * 0.75),
]
part_1 = (
    cq.Workplane("XY")
    .polyline(part_1_points)
    .close()
    .extrude(0.1)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)
part_1 = part_1.translate((0, 0.1, 0))

# --- Assembly ---
assembly = part_1

# Export to STL
cq.exporters.export(assembly, "./stlcq/0101/01015112.stl")
