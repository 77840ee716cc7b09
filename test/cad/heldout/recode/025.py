import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-5))
r=w0.sketch().polygon([(-60,-40),(60,-40),(80,0),(60,40),(-60,40),(-80,0),(-60,-40)]).finalize().extrude(10)
