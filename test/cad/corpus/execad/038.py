import cadquery as cq

# Drinking cup: a flared body lofted between two rings on a wide foot, opened at the top
foot_radius = 28
foot_height = 6
base_radius = 20
rim_radius = 34
body_height = 90
wall_thickness = 2

foot = cq.Workplane("XY").circle(foot_radius).extrude(foot_height)
body = (
    cq.Workplane("XY")
    .workplane(offset=foot_height)
    .circle(base_radius)
    .workplane(offset=body_height)
    .circle(rim_radius)
    .loft(ruled=True)
)
cup = foot.union(body)
show_object(cup.faces(">Z").shell(-wall_thickness))
