import cadquery as cq

# --- Part 1: Hexagonal Prism ---
sketch_scale = 0.75
points = [
    (0.0, 0.3248),
    (0.1875, 0.0),
    (0.5625, 0.0),
    (0.75, 0.3248),
    (0.5625, 0.6495),
    (0.1875, 0.6495),
]
scaled_points = [(x * sketch_scale, y * sketch_scale) for x, y in points]

part_1 = (
    cq.Workplane("XY")
    .polyline(scaled_points)
    .close()
    .extrude(0.2537)
)

# --- Part 2: Cylinder on top ---
part_2_radius = 0.3 * 0.6
part_2_height = 0.127
part_2 = cq.Workplane("XY").circle(part_2_radius).extrude(part_2_height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((0.2812, 0.2436, 0.2537))

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, "./stlcq/0142/01425537.stl")
