import cadquery as cq

# Standoff: cylinder placed on the base plane, bore through
result = (
    cq.Workplane("XY")
    .cylinder(25, 6, centered=(True, True, False))
    .faces(">Z")
    .workplane()
    .hole(3.2)
)
