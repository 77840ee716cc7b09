import cadquery as cq

# Angle bracket with a gusset, drilled on both legs
length = 50
height = 40
width = 40
thick = 6

base = cq.Workplane("XY").box(length, width, thick, centered=(False, True, False))
wall = cq.Workplane("XY").box(thick, width, height, centered=(False, True, False))
gusset = (
    cq.Workplane("XZ")
    .polyline([(thick, thick), (length * 0.6, thick), (thick, height * 0.6)])
    .close()
    .extrude(thick / 2, both=True)
)
result = base.union(wall).union(gusset)
result = result.faces("<Z").workplane().pushPoints([(length * 0.75, 0)]).hole(6)
result = result.faces("<X").workplane().pushPoints([(0, height * 0.7)]).hole(6)
