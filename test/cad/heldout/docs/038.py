import cadquery as cq

# Cone adapter built from a solid and an added cylinder
cone = cq.Solid.makeCone(20, 10, 30)
neck = cq.Solid.makeCylinder(10, 15, cq.Vector(0, 0, 30))
result = cq.Workplane("XY").add(cone).union(neck).faces(">Z").workplane().hole(8)
