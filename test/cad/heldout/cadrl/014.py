import cadquery as cq

# Spoked wheel
rim_outer, rim_inner, width = 50, 44, 10
hub_r, axle_r = 10, 4
n_spokes = 5

rim = cq.Workplane("XY").circle(rim_outer).circle(rim_inner).extrude(width)
hub = cq.Workplane("XY").circle(hub_r).circle(axle_r).extrude(width)
wheel = rim.union(hub)
for i in range(n_spokes):
    spoke = (
        cq.Workplane("XY")
        .center((hub_r + rim_inner) / 2, 0)
        .rect(rim_inner - hub_r + 2, 4)
        .extrude(width * 0.6)
        .translate((0, 0, width * 0.2))
        .rotate((0, 0, 0), (0, 0, 1), i * 360 / n_spokes)
    )
    wheel = wheel.union(spoke)
result = wheel
