import cadquery as cq

# Table: top and four legs
top = cq.Workplane("XY").box(120, 80, 6).translate((0, 0, 73))
legs = cq.Workplane("XY").rect(100, 60, forConstruction=True).vertices().rect(6, 6).extrude(70)
table = top.union(legs)
show_object(table)
