import cadquery as cq

# T-shaped profile from a polyline
profile = [(-15, 0), (15, 0), (15, 4), (3, 4), (3, 22), (-3, 22), (-3, 4), (-15, 4)]
result = cq.Workplane("XY").polyline(profile).close().extrude(30)
