import cadquery as cq

# Cup revolved from an L-shaped wall profile
wall = [(0, 0), (30, 0), (30, 50), (27, 50), (27, 3), (0, 3)]
result = cq.Workplane("XZ").polyline(wall).close().revolve(360, (0, 0, 0), (0, 1, 0))
