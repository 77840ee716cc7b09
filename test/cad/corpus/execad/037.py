import cadquery as cq

# Funnel: a ruled loft from the mouth down to the neck, a spout on the neck, hollowed out
mouth_radius = 40
neck_radius = 12
cone_height = 40
spout_radius = 8
spout_length = 25
wall = 1.5

cone = (
    cq.Workplane("XY")
    .circle(mouth_radius)
    .workplane(offset=cone_height)
    .circle(neck_radius)
    .loft(ruled=True)
)
spout = cq.Workplane("XY").workplane(offset=cone_height).circle(spout_radius).extrude(spout_length)
body = cone.union(spout)
result = body.faces("<Z or >Z").shell(-wall)
