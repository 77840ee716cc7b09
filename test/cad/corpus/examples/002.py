import cadquery as cq

length = 80.0
height = 60.0
thickness = 10.0
center_hole_dia = 12.0

result = (
    cq.Workplane("XY")
    .box(length, height, thickness)
    .faces(">Z")
    .workplane()
    .hole(center_hole_dia)
)
