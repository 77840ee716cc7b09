import cadquery as cq

# --- Part 1: plate with holes ---
length = 0.75 * 0.6
width = 0.2328 * 0.6
height = 0.05

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.021 * 0.6
hole_centers = [(-0.3226 * 0.6, -0.064 * 0.6), (0.3226 * 0.6, -0.064 * 0.6), (-0.3226 * 0.6, 0.064 * 0.6), (0.3226 * 0.6, 0.064 * 0.6)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((-0.0748, 0.0795, 0.0402))

# --- Part 2: plate with holes ---
length = 0.75 * 0.75
width = 0.225 * 0.75
height = 0.5

part_2 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.0229 * 0.75
hole_centers = [(-0.3178 * 0.75, -0.0553 * 0.75), (0.3178 * 0.75, -0.0553 * 0.75), (-0.3178 * 0.75, 0.0553 * 0.75), (0.3178 * 0.75, 0.0553 * 0.75)]
part_2 = part_2.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 2 ---
part_2 = part_2.rotate((0, 0, 0), (1, 0, 0), 90)
part_2 = part_2.rotate((0, 0, 0), (0, 0, 1), -90)
part_2 = part_2.translate((0.0717, 0.0015, 0.0818))

# --- Assembly ---
assembly = part_1.union(part_2)

# --- Final Result ---
result = assembly
cq.exporters.export(result, './stlcq/0000/00000001.stl')
