import cadquery as cq

# --- Part 1: Rectangular plate with holes (holes placed one by one) ---
sketch_scale = 0.75
length = 0.75 * sketch_scale
width = 0.5 * sketch_scale
height = 0.05

wp = cq.Workplane("XY").rect(length, width).extrude(height)
holes = [(-0.25, -0.15), (0.25, -0.15), (-0.25, 0.15), (0.25, 0.15)]
for x, y in holes:
    wp = wp.faces(">Z").workplane().pushPoints([(x * sketch_scale, y * sketch_scale)]).hole(0.05 * sketch_scale)

part_1 = wp
cq.exporters.export(part_1, "./stlcq/0042/00420001.stl")
