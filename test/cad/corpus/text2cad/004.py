import cadquery as cq

# --- Part 1: cylinder ---
part_1_radius = 0.1394 * 0.5  # Sketch radius scaled
part_1_height = 0.075

part_1 = cq.Workplane("XY").circle(part_1_radius).extrude(part_1_height)

# --- Assembly ---
assembly = part_1

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000003.stl')
