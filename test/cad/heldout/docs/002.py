import cadquery as cq

# Door stop profile: flat bottom, sloped back, rounded nose
result = (
    cq.Workplane("front")
    .lineTo(40, 0)
    .lineTo(40, 6)
    .threePointArc((34, 11), (28, 12))
    .lineTo(0, 4)
    .close()
    .extrude(20)
)
