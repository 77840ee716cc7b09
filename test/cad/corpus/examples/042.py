import cadquery as cq

# Bosses placed with eachpoint on a polar pattern
base = cq.Workplane("XY").circle(30).extrude(5)
boss = cq.Workplane("XY").circle(4).extrude(8).val()
result = base.faces(">Z").workplane().polarArray(20, 0, 360, 3).eachpoint(lambda loc: boss.moved(loc), combine="a")
