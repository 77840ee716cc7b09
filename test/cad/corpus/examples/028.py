import cadquery as cq

# Cam plate: a straight base and a spline flank through measured points, closed and drilled
k = 1.6
pts = [(40 * k, 12 * k), (34 * k, 24 * k), (22 * k, 30 * k), (10 * k, 27 * k), (2 * k, 18 * k)]
cam = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(40 * k, 0)
    .spline(pts, includeCurrent=True)
    .close()
    .extrude(10)
)
result = cam.faces(">Z").workplane().center(20 * k, 10 * k).hole(6 * k)
