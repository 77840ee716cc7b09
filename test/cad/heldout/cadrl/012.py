import cadquery as cq

# Shaft with keyway
shaft_d = 20
shaft_len = 80
key_w = 6
key_depth = 3.5
key_len = 30

shaft = cq.Workplane("XY").circle(shaft_d / 2).extrude(shaft_len)
keyway = (
    cq.Workplane("XZ")
    .center(0, shaft_len / 2)
    .rect(key_w, key_len)
    .extrude(-shaft_d)
    .translate((0, 0, 0))
)
keyway = cq.Workplane("XY").box(key_w, key_depth * 2, key_len).translate((0, shaft_d / 2, shaft_len / 2))
result = shaft.cut(keyway)
