import cadquery as cq

# Mounting plate 121 x 55 x 8 mm with 3 holes of diameter 5 mm along the centre line
plate_length = 121
plate_width = 55
plate_thickness = 8
hole_diameter = 5
hole_count = 3

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
