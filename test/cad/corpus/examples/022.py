import cadquery as cq

# Motor mount: a square plate with a pilot bore and counterbored screws on a bolt circle
side = 100.0
thickness = 10.0
pilot_dia = 28.0
screws = 6
bolt_circle = 78.0

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
    .cboreHole(4.5, 8, 4.5)
    .faces(">Z")
    .chamfer(0.5)
)
