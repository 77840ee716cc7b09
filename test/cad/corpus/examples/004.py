import cadquery as cq

# Pegboard tile: a hollow box open underneath with a grid of round pegs on top
cols = 5
rows = 3
pitch = 10.0
wall = 1.2
peg_d = 3
peg_h = 2.4
height = 4

tile = cq.Workplane("XY").box(cols * pitch, rows * pitch, height)
tile = tile.faces("<Z").shell(-wall)
result = (
    tile.faces(">Z")
    .workplane()
    .rarray(pitch, pitch, cols, rows)
    .circle(peg_d / 2)
    .extrude(peg_h)
)
