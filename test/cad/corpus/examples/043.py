import cadquery as cq

# Bent rod: a circle swept along an S-shaped spline in the XZ plane, Frenet frame
pts = [(0, 0), (6, 20), (0, 40), (6, 60)]
path = cq.Workplane("XZ").spline(pts, tangents=[(0, 1), (0, 1)])
rod = cq.Workplane("XY").circle(2.5).sweep(path, isFrenet=True)
result = rod
