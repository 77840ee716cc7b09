import cadquery as cq

# Junction box: rounded outer body, open at the top, with four screw bosses inside the corners
length = 90.0
width = 60.0
depth = 35.0
wall = 2.5
corner_r = 6.0
boss_d = 8.0
screw_d = 3.0

box = (
    cq.Workplane("XY")
    .box(length, width, depth, centered=(True, True, False))
    .edges("|Z")
    .fillet(corner_r)
)
box = box.faces(">Z").shell(-wall)
bosses = (
    cq.Workplane("XY")
    .workplane(offset=wall)
    .rect(length - 2 * wall - boss_d, width - 2 * wall - boss_d, forConstruction=True)
    .vertices()
    .circle(boss_d / 2)
    .extrude(depth - 2 * wall)
)
result = box.union(bosses).faces(">Z").workplane().pushPoints(
    [(x, y) for x in ((length - 2 * wall - boss_d) / 2, -(length - 2 * wall - boss_d) / 2)
     for y in ((width - 2 * wall - boss_d) / 2, -(width - 2 * wall - boss_d) / 2)]
).hole(screw_d, depth - wall)
