import cadquery as cq

# L-bracket: legs 33 mm and 33 mm, 31 mm wide, 4 mm thick, inner bend filleted
leg_a = 33
leg_b = 33
width = 31
thickness = 4

profile = [(0, 0), (leg_a, 0), (leg_a, thickness), (thickness, thickness), (thickness, leg_b), (0, leg_b)]
bracket = cq.Workplane("XZ").polyline(profile).close().extrude(-width)
bracket = bracket.edges("|Y").fillet(thickness * 0.4)
show_object(bracket)
