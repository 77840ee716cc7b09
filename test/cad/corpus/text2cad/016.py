import cadquery as cq
from cadquery.vis import show

# --- Part 1: plate with holes ---
length = 0.75 * 0.75
width = 0.6971 * 0.75
height = 0.125

part_1 = cq.Workplane("XY").rect(length, width).extrude(height)

# Add holes
hole_radius = 0.0716 * 0.75
hole_centers = [(-0.1961 * 0.75, -0.1696 * 0.75), (0.1961 * 0.75, -0.1696 * 0.75), (-0.1961 * 0.75, 0.1696 * 0.75), (0.1961 * 0.75, 0.1696 * 0.75)]
part_1 = part_1.faces(">Z").workplane().pushPoints(hole_centers).hole(2 * hole_radius)

# --- Coordinate System Transformation for Part 1 ---
part_1 = part_1.translate((0.0069, 0.3617, 0.0108))

# --- Assembly ---
assembly = part_1
