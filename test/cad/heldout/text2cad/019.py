import cadquery as cq

# --- Part 1: Plate with rectangular cutout ---
sketch_scale = 0.75
outer_pts = [(0, 0), (0.75, 0), (0.75, 0.5), (0, 0.5)]
inner_pts = [(0.2, 0.15), (0.55, 0.15), (0.55, 0.35), (0.2, 0.35)]

part_1 = (
    cq.Workplane("XY")
    .polyline([(x * sketch_scale, y * sketch_scale) for x, y in outer_pts])
    .close()
    .polyline([(x * sketch_scale, y * sketch_scale) for x, y in inner_pts])
    .close()
    .extrude(0.04)
)

assembly = part_1
cq.exporters.export(assembly, "./stlcq/0204/02043318.stl")
