import cadquery as cq

# Hollow tube: outer diameter 20 mm, inner diameter 12 mm, length 74 mm
outer_radius = 20 / 2
inner_radius = 12 / 2
length = 74

tube = cq.Workplane("XY").circle(outer_radius).circle(inner_radius).extrude(length)
result = tube
