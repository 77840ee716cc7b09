import cadquery as cq

# Mounting plate 79 x 51 x 6 mm with 3 holes of diameter 5 mm along the centre line
plate_length = 79
plate_width = 51
plate_thickness = 6
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
