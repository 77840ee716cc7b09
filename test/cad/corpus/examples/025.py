import cadquery as cq

# Pegboard tile: a hollow box open underneath with a grid of round pegs on top
cols = 3
rows = 2
pitch = 12.0
wall = 1.2
peg_d = 3.5
peg_h = 3
height = 5

tile = cq.Workplane("XY").box(cols * pitch, rows * pitch, height)
tile = tile.faces("<Z").shell(-wall)
result = (
    tile.faces(">Z")
    .workplane()
    .rarray(pitch, pitch, cols, rows)
    .circle(peg_d / 2)
    .extrude(peg_h)
)
