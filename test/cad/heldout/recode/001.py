import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-12))
r=w0.sketch().segment((-80,-40),(80,-40)).segment((80,40)).segment((-80,40)).close().assemble().push([(-60,-20),(-60,20),(60,-20),(60,20)]).circle(6,mode='s').finalize().extrude(24)
