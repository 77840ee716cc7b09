import cadquery as cq
import math

# Flat spiral cam outline from a parametric curve
def cam(t):
    r = 20 + 6 * t
    a = 2 * math.pi * t
    return (r * math.cos(a), r * math.sin(a))

result = cq.Workplane("XY").parametricCurve(cam, N=60, start=0, stop=0.999, makeWire=False).close().extrude(5)
