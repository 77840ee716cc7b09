import cadquery as cq

# Standing block (base on z=0) with a sphere knob
base = cq.Workplane("XY").box(30, 30, 10, centered=(True, True, False))
knob = cq.Workplane("XY").workplane(offset=10).sphere(8)
result = base.union(knob)
