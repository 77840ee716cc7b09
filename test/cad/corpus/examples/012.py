import cadquery as cq

# A cup: half profile in the XZ plane revolved about Z
wall = 2.0
profile = [
    (0, 0),
    (15, 0),
    (20, 60),
    (20 - wall, 60),
    (15 - wall, wall),
    (0, wall),
]
result = cq.Workplane("XZ").polyline(profile).close().revolve(360, (0, 0, 0), (0, 1, 0))
