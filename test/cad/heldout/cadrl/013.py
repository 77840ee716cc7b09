import cadquery as cq

# Phone stand: angled back rest on a base
base = cq.Workplane("XY").box(70, 80, 6, centered=(True, False, False))
back = (
    cq.Workplane("XY")
    .box(70, 6, 90, centered=(True, False, False))
    .rotate((0, 0, 0), (1, 0, 0), -20)
    .translate((0, 55, 4))
)
lip = cq.Workplane("XY").box(70, 5, 12, centered=(True, False, False)).translate((0, 0, 4))
stand = base.union(back).union(lip)
result = stand.edges("|X").fillet(1)
