import cadquery as cq

s = cq.Workplane("XY")
sPnts = [
    (2.750, 1.500),
    (2.500, 1.750),
    (2.000, 1.500),
    (1.500, 1.000),
    (1.000, 1.250),
    (0.500, 1.000),
    (0, 1.000),
]
r = s.lineTo(3.000, 0).lineTo(3.000, 1.000).spline(sPnts, includeCurrent=True).close()
result = r.extrude(0.500)
