import cadquery as cq

# Pins placed with eachpoint on a bolt circle
pin = cq.Solid.makeCylinder(2, 8)
result = (
    cq.Workplane("XY")
    .circle(30)
    .extrude(5)
    .faces(">Z")
    .workplane()
    .polarArray(20, 0, 360, 6)
    .eachpoint(lambda loc: pin.moved(loc), combine=True)
)
