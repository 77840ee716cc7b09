import cadquery as cq

# Counterbored and countersunk holes on a plate, with the centre marked by a tag
plate = cq.Workplane("XY").box(120, 40, 12).tag("base")
plate = (
    plate.faces(">Z").workplane()
    .rarray(25, 1, 4, 1)
    .cboreHole(5.5, 10, 5)
)
result = (
    plate.workplaneFromTagged("base")
    .faces("<Z").workplane()
    .pushPoints([(-50, 12), (50, 12), (-50, -12), (50, -12)])
    .cskHole(4.5, 9, 90)
)
