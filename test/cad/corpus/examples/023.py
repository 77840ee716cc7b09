import cadquery as cq

length = 50.0
height = 40.0
thickness = 16.0
center_hole_dia = 12.0

result = (
    cq.Workplane("XY")
    .box(length, height, thickness)
    .faces(">Z")
    .workplane()
    .hole(center_hole_dia)
)
