import cadquery as cq

# Knob: revolved profile with grip flutes
profile_pts = [(0, 0), (15, 0), (15, 4), (12, 6), (12, 18), (8, 22), (0, 22)]
knob = cq.Workplane("XZ").polyline(profile_pts).close().revolve(360, (0, 0, 0), (0, 1, 0))

flutes = cq.Workplane("XY").polarArray(13.5, 0, 360, 12).circle(1.5).extrude(22)
knob = knob.cut(flutes)

result = knob.faces("<Z").workplane().hole(6, 10)
