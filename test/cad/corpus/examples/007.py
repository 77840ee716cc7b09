import cadquery as cq

s = cq.Workplane("XY")
sPnts = [
    (4.125, 2.250),
    (3.750, 2.625),
    (3.000, 2.250),
    (2.250, 1.500),
    (1.500, 1.875),
    (0.750, 1.500),
    (0, 1.500),
]
r = s.lineTo(4.500, 0).lineTo(4.500, 1.500).spline(sPnts, includeCurrent=True).close()
result = r.extrude(0.750)
