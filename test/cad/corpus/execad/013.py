import cadquery as cq

# Mounting plate 122 x 42 x 5 mm with 2 holes of diameter 8 mm along the centre line
plate_length = 122
plate_width = 42
plate_thickness = 5
hole_diameter = 8
hole_count = 2

spacing = (plate_length - 20) / (hole_count - 1)
hole_positions = [(-plate_length / 2 + 10 + i * spacing, 0) for i in range(hole_count)]

result = (
    cq.Workplane("XY")
    .box(plate_length, plate_width, plate_thickness)
    .faces(">Z")
    .workplane()
    .pushPoints(hole_positions)
    .hole(hole_diameter)
)
