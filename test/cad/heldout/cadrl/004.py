import cadquery as cq
import math

# Spur-gear-like disc: teeth as small boxes around a disc
teeth = 18
module = 2.0
pitch_radius = teeth * module / 2
thickness = 8.0

gear = cq.Workplane("XY").circle(pitch_radius).extrude(thickness)
for i in range(teeth):
    angle = 360.0 / teeth * i
    tooth = (
        cq.Workplane("XY")
        .box(module * 2, module * 1.5, thickness, centered=(False, True, False))
        .translate((pitch_radius - module * 0.5, 0, 0))
        .rotate((0, 0, 0), (0, 0, 1), angle)
    )
    gear = gear.union(tooth)

result = gear.faces(">Z").workplane().hole(8)
