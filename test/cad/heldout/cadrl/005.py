import cadquery as cq

# L bracket with gusset and mounting holes
thickness = 5
leg = 50
width = 30

bracket = (
    cq.Workplane("XZ")
    .polyline([(0, 0), (leg, 0), (leg, thickness), (thickness, thickness), (thickness, leg), (0, leg)])
    .close()
    .extrude(width / 2, both=True)
)

gusset = (
    cq.Workplane("XZ")
    .polyline([(thickness, thickness), (25, thickness), (thickness, 25)])
    .close()
    .extrude(2, both=True)
)
bracket = bracket.union(gusset)

bracket = bracket.faces("<Z").workplane().pushPoints([(35, 8), (35, -8)]).hole(5)
bracket = bracket.faces("<X").workplane().pushPoints([(0, 35)]).hole(5)

result = bracket
