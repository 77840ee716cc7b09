import cadquery as cq

# Base with four holes drilled on a tilted workplane
result = (
    cq.Workplane("XY")
    .box(60, 60, 6)
    .faces(">Z")
    .workplane()
    .transformed(offset=(0, 10, 12), rotate=(30, 0, 0))
    .rect(30, 20, forConstruction=True)
    .vertices()
    .hole(4)
)
