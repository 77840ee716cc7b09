import cadquery as cq

# A bolted flange: disc, raised hub, bore and a bolt circle
outer_d = 100.0
thickness = 8.0
hub_d = 50.0
hub_h = 14.0
bore_d = 25.0
bolt_circle_r = 37.5
bolt_count = 6
bolt_d = 6.5

result = (
    cq.Workplane("XY")
    .circle(outer_d / 2)
    .extrude(thickness)
    .faces(">Z").workplane()
    .circle(hub_d / 2)
    .extrude(hub_h)
    .faces(">Z").workplane()
    .hole(bore_d)
    .faces("<Z").workplane()
    .polarArray(bolt_circle_r, 0, 360, bolt_count)
    .hole(bolt_d)
    .faces(">Z[-2]").edges("not(<X or >X or <Y or >Y)").chamfer(1.0)
)
