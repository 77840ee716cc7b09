import cadquery as cq

# Half of a bored block, split lengthwise
block = cq.Workplane("XY").box(30, 20, 20).faces(">X").workplane().circle(5).cutThruAll()
result = block.faces(">Y").workplane(-10).split(keepBottom=True)
