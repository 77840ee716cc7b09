import cadquery as cq

# Open-top cup: a cylinder shelled through its top face
result = cq.Workplane("XY").cylinder(40, 20).faces(">Z").shell(-2)
