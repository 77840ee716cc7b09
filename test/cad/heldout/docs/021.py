import cadquery as cq

# Cube whose top edges are chamfered, bottom edges filleted
result = cq.Workplane("XY").box(20, 20, 20).edges(">Z").chamfer(2).edges("<Z").fillet(1.5)
