import cadquery as cq

# --- Part 1: Rounded Rectangular Plate ---
sketch_scale = 0.75
r = 0.05 * sketch_scale
L = 0.75 * sketch_scale
W = 0.4 * sketch_scale

part_1 = (
    cq.Workplane("XY")
    .moveTo(r, 0)
    .lineTo(L - r, 0)
    .radiusArc((L, r), -r)
    .lineTo(L, W - r)
    .radiusArc((L - r, W), -r)
    .lineTo(r, W)
    .radiusArc((0, W - r), -r)
    .lineTo(0, r)
    .radiusArc((r, 0), -r)
    .close()
    .extrude(0.03)
)

# --- Part 2: Central boss ---
part_2 = cq.Workplane("XY", origin=(L / 2, W / 2, 0.03)).circle(0.06).extrude(0.05)

assembly = part_1.union(part_2)
cq.exporters.export(assembly, "./stlcq/0211/02110020.stl")
