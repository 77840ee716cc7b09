import cadquery as cq

# L-bracket: legs 30 mm and 47 mm, 36 mm wide, 4 mm thick, inner bend filleted
leg_a = 30
leg_b = 47
width = 36
thickness = 4

profile = [(0, 0), (leg_a, 0), (leg_a, thickness), (thickness, thickness), (thickness, leg_b), (0, leg_b)]
bracket = cq.Workplane("XZ").polyline(profile).close().extrude(-width)
bracket = bracket.edges("|Y").fillet(thickness * 0.4)
show_object(bracket)
