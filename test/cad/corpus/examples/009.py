import cadquery as cq

# An I-beam: half of the profile as a polyline, mirrored about Y
(L, H, W, t) = (100.0, 30.0, 10.0, 1.0)

pts = [
    (0, H / 2.0),
    (W / 2.0, H / 2.0),
    (W / 2.0, (H / 2.0 - t)),
    (t / 2.0, (H / 2.0 - t)),
    (t / 2.0, (t - H / 2.0)),
    (W / 2.0, (t - H / 2.0)),
    (W / 2.0, H / -2.0),
    (0, H / -2.0),
]

result = cq.Workplane("front").polyline(pts).mirrorY().extrude(L)
