import cadquery as cq

# Mounting pad: a block with a through bore on top
pad_len, pad_wid, pad_t = 64.0, 42.0, 12.0
bore = 18.0
result = cq.Workplane("XY").box(pad_len, pad_wid, pad_t).faces(">Z").workplane().hole(bore)
