import cadquery as cq

# Square bar swept along a spline with end tangents
guide = cq.Workplane("XZ").spline([(0, 0), (3, 15), (0, 30), (3, 45)], tangents=[(0, 1), (0, 1)])
result = cq.Workplane("XY").rect(3.0, 3.0).sweep(guide)
