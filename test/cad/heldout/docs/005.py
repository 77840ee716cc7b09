import cadquery as cq

# Wave-topped block: straight sides, spline top edge
top = [(50, 12), (38, 16), (25, 10), (12, 15), (0, 12)]
wp = cq.Workplane("XY").lineTo(50, 0).lineTo(50, 12).spline(top[1:], includeCurrent=True).close()
result = wp.extrude(8)
