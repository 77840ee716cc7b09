import cadquery as cq
w0=cq.Workplane('YZ',origin=(-47,0,0))
w1=cq.Workplane('YZ',origin=(22,0,0))
r=w0.sketch().segment((-77,-70),(-77,22)).segment((-16,22)).segment((-16,-70)).close().assemble().push([(-63,-56),(-63,8),(-30,-56),(-30,8)]).circle(8,mode='s').finalize().extrude(69).union(w1.sketch().push([(64,-1)]).regularPolygon(35,5).finalize().extrude(-12))
