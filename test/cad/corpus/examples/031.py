import cadquery as cq

# A pipe bend: a ring swept along a path made of a line and an arc
path = cq.Workplane("XZ").moveTo(0, 0).lineTo(0, 10).threePointArc((2.9289, 17.0711), (10, 20))
result = cq.Workplane("XY").circle(2.0).circle(1.0).sweep(path)
