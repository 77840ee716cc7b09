import cadquery as cq

# Soap-bottle body: arc sides mirrored, extruded both ways, a neck, then hollowed
(L, W, T) = (30.0, 10.0, 5.0)
body = (
    cq.Workplane("XY")
    .center(-L / 2.0, 0)
    .vLine(W / 2.0)
    .threePointArc((L / 2.0, W / 2.0 + T), (L, W / 2.0))
    .vLine(-W / 2.0)
    .mirrorX()
    .extrude(25.0, True)
)
body = body.faces(">Z").workplane(centerOption="CenterOfMass").circle(4.0).extrude(4.0, True)
result = body.faces(">Z").shell(0.8)
