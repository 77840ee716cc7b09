import cadquery as cq

# Hollow tube: outer diameter 54 mm, inner diameter 46 mm, length 59 mm
outer_radius = 54 / 2
inner_radius = 46 / 2
length = 59

tube = cq.Workplane("XY").circle(outer_radius).circle(inner_radius).extrude(length)
result = tube
