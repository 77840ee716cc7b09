import cadquery as cq

def make_rib(x_pos, height, thickness):
    return cq.Workplane("YZ").workplane(offset=x_pos).rect(40, height, centered=(True, False)).extrude(thickness)

base = cq.Workplane("XY").box(100, 40, 5, centered=(True, True, False))
ribs = [make_rib(x, 20, 3) for x in (-40, -15, 10, 35)]
result = base
for rib in ribs:
    result = result.union(rib)
