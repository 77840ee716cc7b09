import cadquery as cq

# T-slot rail: half of the section drawn as a polyline, mirrored about the Y axis, extruded
size = 20.0
slot = 6.0
lip = 1.5
depth = 5
length = 200.0

half = [
    (0, 0),
    (size / 2, 0),
    (size / 2, size),
    (slot / 2, size),
    (slot / 2, size - depth),
    (slot / 2 + lip, size - depth),
    (slot / 2 + lip, size - 2 * depth),
    (0, size - 2 * depth),
]
result = cq.Workplane("XY").polyline(half).mirrorY().extrude(length)
