import cadquery as cq
import math

# Hexagonal standoff, 28 mm tall, 10 mm across flats, with an M3 clearance bore
height = 28
across_flats = 10
bore = 3.2

# polygon() takes the circumscribed diameter
diameter = across_flats / math.cos(math.radians(30))
standoff = cq.Workplane("XY").polygon(6, diameter).extrude(height)
standoff = standoff.faces(">Z").workplane().hole(bore)
standoff = standoff.edges(">Z or <Z").chamfer(0.4)
result = standoff
