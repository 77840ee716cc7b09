import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-30))
w1=cq.Workplane('XY',origin=(0,0,-30))
r=w0.sketch().segment((-97,-100),(-97,49)).segment((36,49)).segment((36,-100)).close().assemble().push([(-30,-26)]).circle(5,mode='s').finalize().extrude(-44).union(w1.sketch().segment((-18,-68),(-18,94)).arc((63,13),(-18,-68)).close().assemble().finalize().extrude(48))
