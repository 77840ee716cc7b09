import cadquery as cq

# Stepped rail drawn on one side and mirrored about Y
half = cq.Workplane("front").hLine(30).vLine(8).hLine(-10).vLine(6).hLineTo(0)
result = half.mirrorY().extrude(100)
