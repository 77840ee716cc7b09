import cadquery as cq

# Pegboard hook plate: plate with array of slots and a rounded top
plate = (
    cq.Workplane("XY")
    .moveTo(-30, 0)
    .lineTo(30, 0)
    .lineTo(30, 50)
    .threePointArc((0, 65), (-30, 50))
    .close()
    .extrude(4)
)
slots = plate.faces(">Z").workplane().rarray(15, 15, 3, 2).slot2D(10, 4, 90)
result = slots.cutThruAll()
