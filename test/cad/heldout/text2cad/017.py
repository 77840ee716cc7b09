import cadquery as cq

# --- Part 1: Rectangular Prism with a through slot ---
length = 0.75
width = 0.2
height = 0.3

part_1 = cq.Workplane("XY").box(length, width, height)

slot_length = 0.4
slot_width = 0.08
part_1 = (
    part_1.faces(">Y")
    .workplane()
    .slot2D(slot_length, slot_width)
    .cutThruAll()
)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((length / 2, width / 2, height / 2))

assembly = part_1
cq.exporters.export(assembly, "./stlcq/0183/01830114.stl")
