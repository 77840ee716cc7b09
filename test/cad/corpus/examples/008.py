import cadquery as cq

r = cq.Workplane("XY").hLine(5.0).vLine(2.5).hLine(-1.25).vLine(-1.25).hLineTo(0.0)
result = r.mirrorY().extrude(1.25)
