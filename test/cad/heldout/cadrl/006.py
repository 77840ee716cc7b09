import cadquery as cq

# Pipe elbow
radius_outer = 10
radius_inner = 8
bend_radius = 30

path = cq.Workplane("XZ").moveTo(0, 0).radiusArc((bend_radius, bend_radius), bend_radius)
pipe = cq.Workplane("XY").circle(radius_outer).circle(radius_inner).sweep(path)
result = pipe
