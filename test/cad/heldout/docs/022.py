import cadquery as cq

arm = cq.Workplane("XY").box(20, 20, 20).faces(">X").workplane().rect(8, 8).extrude(15)
result = arm.mirror(arm.faces(">X"), union=True)
