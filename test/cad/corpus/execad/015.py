import cadquery as cq
import math

# Hexagonal standoff, 36 mm tall, 6 mm across flats, with an M4 clearance bore
height = 36
across_flats = 6
bore = 4.2

# polygon() takes the circumscribed diameter
diameter = across_flats / math.cos(math.radians(30))
standoff = cq.Workplane("XY").polygon(6, diameter).extrude(height)
standoff = standoff.faces(">Z").workplane().hole(bore)
standoff = standoff.edges(">Z or <Z").chamfer(0.4)
result = standoff
