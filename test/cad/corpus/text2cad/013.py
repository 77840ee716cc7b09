import cadquery as cq

# --- Part 1: plate with holes ---
length = 0.75 * 0.5
width = 0.6406 * 0.5
height = 0.25

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.0551 * 0.5
hole_centers = [(-0.2373 * 0.5, -0.1826 * 0.5), (0.2373 * 0.5, -0.1826 * 0.5), (-0.2373 * 0.5, 0.1826 * 0.5), (0.2373 * 0.5, 0.1826 * 0.5)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.0666, 0.2398, 0.0254))

# --- Assembly ---
assembly = part_1

cq.exporters.export(assembly, './stlcq/0000/00000012.stl')
