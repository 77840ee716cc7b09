import cadquery as cq

result = cq.Workplane("XY").circle(20).extrude(6).faces(">Z").workplane().polarArray(14, 0, 360, 8).circle(2.5).cutThruAll()
