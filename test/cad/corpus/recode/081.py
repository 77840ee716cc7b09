import cadquery as cq
w0=cq.Workplane('YZ',origin=(-72,0,0))
w1=cq.Workplane('XY',origin=(0,0,-50))
r=w0.sketch().push([(11,-1)]).circle(84).push([(63,-1),(-15,44),(-15,-46)]).circle(10,mode='s').finalize().extrude(-15).union(w1.sketch().segment((-50,42),(16,42)).arc((45,12),(16,-17)).segment((-50,-17)).arc((-80,12),(-50,42)).close().assemble().finalize().extrude(15))
