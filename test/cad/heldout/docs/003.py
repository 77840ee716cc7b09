import cadquery as cq

# Washer plate with an offset square window and a small vent
plate = cq.Workplane("XY").circle(25.0)
plate = plate.center(8.0, 0.0).rect(6.0, 6.0)
plate = plate.center(-16.0, 6.0).circle(2.0)
result = plate.extrude(4.0)
