import cadquery as cq

# A small table: top plate on four square legs
top_length, top_width, top_thickness = 66, 41, 4
leg_size, leg_height = 6, 59
inset = 6

top = cq.Workplane("XY").box(top_length, top_width, top_thickness).translate((0, 0, leg_height + top_thickness / 2))
corners = [(sx * (top_length / 2 - inset), sy * (top_width / 2 - inset)) for sx in (-1, 1) for sy in (-1, 1)]
legs = cq.Workplane("XY").pushPoints(corners).rect(leg_size, leg_size).extrude(leg_height)
result = top.union(legs)
