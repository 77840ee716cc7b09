import cadquery as cq

# Hook outline with sagitta and radius arcs
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(30, 0)
    .sagittaArc((30, 20), 6)
    .lineTo(10, 20)
    .radiusArc((0, 10), -10)
    .close()
    .extrude(6)
)
