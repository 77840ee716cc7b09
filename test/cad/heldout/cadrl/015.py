import cadquery as cq

# Cable clip: C-shaped profile extruded
r_out, r_in = 8, 6
opening = 70  # degrees
clip = (
    cq.Workplane("XY")
    .circle(r_out)
    .circle(r_in)
    .extrude(10)
)
gap = cq.Workplane("XY").moveTo(r_out, 0).rect(2 * r_out * 0.6, 7).extrude(10)
clip = clip.cut(gap)
tab = cq.Workplane("XY").center(0, -r_out - 1.0).rect(20, 3).extrude(10)
result = clip.union(tab).faces("<Y").workplane().pushPoints([(-7, 5), (7, 5)]).hole(2.5)
