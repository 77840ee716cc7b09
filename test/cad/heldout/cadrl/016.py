import cadquery as cq
import math

# Funnel: lofted circles, shelled
top_r, bottom_r, neck_r = 40, 12, 6
funnel = (
    cq.Workplane("XY")
    .circle(top_r)
    .workplane(offset=40)
    .circle(bottom_r)
    .loft(ruled=True)
)
spout = cq.Workplane("XY").workplane(offset=40).circle(neck_r + 2).extrude(25)
body = funnel.union(spout)
result = body.faces("<Z or >Z").shell(-1.5)
