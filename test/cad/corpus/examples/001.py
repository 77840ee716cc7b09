import cadquery as cq

# Motor mount: a square plate with a pilot bore and counterbored screws on a bolt circle
side = 80.0
thickness = 8.0
pilot_dia = 22.0
screws = 4
bolt_circle = 60.0

plate = (
    cq.Workplane("XY")
    .rect(side, side)
    .extrude(thickness)
    .edges("|Z")
    .fillet(side / 10)
)
plate = plate.faces(">Z").workplane().hole(pilot_dia)
result = (
    plate.faces(">Z")
    .workplane()
    .polarArray(bolt_circle / 2, 45, 360, screws)
    .cboreHole(3.4, 6.5, 3.5)
    .faces(">Z")
    .chamfer(0.5)
)
