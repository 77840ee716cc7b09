import cadquery as cq

# --- Part 1: Cylindrical Washer ---
outer_radius = 0.375 * 0.75
inner_radius = 0.1406 * 0.75
height = 0.0937

wp = cq.Workplane("XY").circle(outer_radius).extrude(height)
part_1 = wp.cut(cq.Workplane("XY").circle(inner_radius).extrude(height))

# --- Part 2: Countersink (cone cut) ---
cone = cq.Solid.makeCone(inner_radius * 1.6, inner_radius, 0.03, pnt=cq.Vector(0, 0, height - 0.03))
part_1 = part_1.cut(cq.Workplane("XY").add(cone))

cq.exporters.export(part_1, "./stlcq/0175/01757310.stl")
