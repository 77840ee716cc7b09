import cadquery as cq

# A block with a through hole, split in half: keep the +Y half
c = cq.Workplane("XY").box(40, 20, 15).faces(">Z").workplane().circle(3.0).cutThruAll()
result = c.faces(">Y").workplane(-10.0).split(keepTop=True)
