import cadquery as cq

# Cable: a tube swept along a spline through 3D points, end tangents vertical
route = [(0, 0, 0), (0, 12, 25), (15, 10, 50), (20, 0, 70)]
path = cq.Workplane("XY").spline(route, tangents=[(0, 0, 1), (0, 0, 1)])
cable = cq.Workplane("XY").circle(3).circle(1.5).sweep(path)
result = cable
