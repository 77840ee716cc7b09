import cadquery as cq
import math

# Hub with 4 radial pins, each a cylinder rotated into place
hub_radius = 22
hub_height = 10
pin_radius = 2
pin_length = 15

hub = cq.Workplane("XY").circle(hub_radius).extrude(hub_height)
result = hub
for k in range(4):
    angle = 360.0 * k / 4
    pin = (
        cq.Workplane("YZ")
        .circle(pin_radius)
        .extrude(hub_radius + pin_length)
        .translate((0, 0, hub_height / 2))
        .rotate((0, 0, 0), (0, 0, 1), angle)
    )
    result = result.union(pin)
