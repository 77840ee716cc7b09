import cadquery as cq

# Stepped pulley via revolve of a profile given as a list
steps = [(20, 8), (15, 8), (10, 8)]
pts = [(0, 0)]
z = 0
for r, h in steps:
    pts.append((r, z))
    pts.append((r, z + h))
    z += h
pts.append((0, z))
pulley = cq.Workplane("XZ").polyline(pts).close().revolve()
result = pulley.faces(">Z").workplane().hole(5)
