import cadquery as cq
from cadquery.vis import show

# --- Part 1: L-shaped bracket ---
sketch_scale = 0.5

part_1 = (
    cq.Workplane("XY")
    .moveTo(0.0, 0.0)
    .lineTo(0.75 * sketch_scale, 0.0)
    .lineTo(0.75 * sketch_scale, 0.1441 * sketch_scale)
    .lineTo(0.1441 * sketch_scale, 0.1441 * sketch_scale)
    .lineTo(0.1441 * sketch_scale, 0.6025 * sketch_scale)
    .lineTo(0.0, 0.6025 * sketch_scale)
    .close()
    .extrude(0.0375)
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (1, 0, 0), -90)

# --- Part 2: cylinder ---
part_2_radius = 0.2116 * 0.45  # Sketch radius scaled
part_2_height = 0.125

part_2 = cq.Workplane("XY").circle(part_2_radius).extrude(part_2_height)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.translate((-0.0074, 0.3443, 0.0826))

# --- Assembly ---
assembly = part_1.union(part_2)

cq.exporters.export(assembly, './stlcq/0000/00000044.stl')
