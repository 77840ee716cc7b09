import cadquery as cq

# A pipe bend: a ring swept along a path made of a line and an arc
path = cq.Workplane("XZ").moveTo(0, 0).lineTo(0, 30).threePointArc((8.7868, 51.2132), (30, 60))
result = cq.Workplane("XY").circle(6.0).circle(3.0).sweep(path)
