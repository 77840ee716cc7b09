import cadquery as cq

# Square bar swept along a spline with end tangents
guide = cq.Workplane("XZ").spline([(0, 0), (5, 10), (0, 20), (4, 30)], tangents=[(0, 1), (0, 1)])
result = cq.Workplane("XY").rect(3.0, 3.0).sweep(guide)
