import cadquery as cq

# A ramp: right-triangle profile extruded across its width
run = 69
rise = 20
width = 24

ramp = cq.Workplane("XZ").polyline([(0, 0), (run, 0), (run, rise)]).close().extrude(width / 2, both=True)
result = ramp
