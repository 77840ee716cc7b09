import cadquery as cq

# Sketch API: a rounded plate with slots and holes, extruded from a face-based sketch
s = (
    cq.Sketch()
    .rect(60, 50)
    .vertices()
    .fillet(6)
    .reset()
    .push([(-15, 0), (15, 0)])
    .slot(12, 5, angle=90, mode="s")
    .reset()
    .rarray(44, 34, 2, 2)
    .circle(2.5, mode="s")
)
result = cq.Workplane("XY").placeSketch(s).extrude(5)
