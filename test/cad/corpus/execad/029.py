import cadquery as cq
import math


def bolt_circle(radius, count, start=0.0):
    """Points of a bolt circle."""
    pts = []
    for k in range(count):
        a = math.radians(start + 360.0 * k / count)
        pts.append((radius * math.cos(a), radius * math.sin(a)))
    return pts


outer_radius = 37
thickness = 8
bore_diameter = 18
bolt_diameter = 6

flange = cq.Workplane("XY").circle(outer_radius).extrude(thickness)
flange = flange.faces(">Z").workplane().hole(bore_diameter)
flange = flange.faces(">Z").workplane().pushPoints(bolt_circle(outer_radius * 0.72, 8)).hole(bolt_diameter)
result = flange.edges("%CIRCLE and >Z").fillet(1)
