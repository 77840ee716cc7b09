import cadquery as cq

# --- Part 1: Stepped shaft ---
r1, h1 = 0.1, 0.4
r2, h2 = 0.07, 0.25
r3, h3 = 0.05, 0.1

part_1 = cq.Workplane("XY").circle(r1).extrude(h1)
part_1 = part_1.faces(">Z").workplane().circle(r2).extrude(h2)
part_1 = part_1.faces(">Z").workplane().circle(r3).extrude(h3)
part_1 = part_1.faces(">Z").edges().chamfer(0.01)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.rotate((0, 0, 0), (0, 1, 0), 90)

assembly = part_1
cq.exporters.export(assembly, "./stlcq/0199/01990545.stl")
