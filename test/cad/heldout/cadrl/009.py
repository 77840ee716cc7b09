import cadquery as cq

# Hex nut
across_flats = 13.0
thickness = 6.5
thread_d = 8.0

circumscribed = across_flats / 0.8660254
nut = cq.Workplane("XY").polygon(6, circumscribed).extrude(thickness)
nut = nut.faces(">Z").workplane().hole(thread_d)
nut = nut.edges("not |Z").chamfer(0.5)
result = nut
