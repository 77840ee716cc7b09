import cadquery as cq

# Dome: the upper half of a sphere of radius 22 on a round base plate
radius = 22
base_thickness = 3

sphere = cq.Workplane("XY").sphere(radius)
half = sphere.intersect(cq.Workplane("XY").box(2 * radius, 2 * radius, radius, centered=(True, True, False)))
base = cq.Workplane("XY").circle(radius + 5).extrude(-base_thickness)
result = half.union(base)
