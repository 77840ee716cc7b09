import cadquery as cq

# Hollow tube: outer diameter 23 mm, inner diameter 13 mm, length 84 mm
outer_radius = 23 / 2
inner_radius = 13 / 2
length = 84

tube = cq.Workplane("XY").circle(outer_radius).circle(inner_radius).extrude(length)
result = tube
