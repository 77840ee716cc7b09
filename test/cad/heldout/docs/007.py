import cadquery as cq

# Plate with a quarter-circle notch centred on one corner
result = (
    cq.Workplane("XY")
    .box(50, 30, 5)
    .faces(">Z")
    .vertices(">X and >Y")
    .workplane(centerOption="CenterOfMass")
    .circle(8)
    .cutThruAll()
)
