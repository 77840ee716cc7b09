import cadquery as cq

r = cq.Workplane("XY").hLine(1.0).vLine(0.5).hLine(-0.25).vLine(-0.25).hLineTo(0.0)
result = r.mirrorY().extrude(0.25)
