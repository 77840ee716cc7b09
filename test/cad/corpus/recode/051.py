import cadquery as cq
w0=cq.Workplane('YZ',origin=(-26,0,0))
w1=cq.Workplane('YZ',origin=(-26,0,0))
w2=cq.Workplane('YZ',origin=(14,0,0))
r=w0.sketch().segment((-78,-100),(-25,-100)).arc((-19,-97),(-16,-91)).segment((-16,-7)).arc((-19,-1),(-25,2)).segment((-78,2)).arc((-84,-1),(-87,-7)).segment((-87,-91)).arc((-84,-97),(-78,-100)).close().assemble().finalize().extrude(-85).union(w1.sketch().push([(-34,-6)]).regularPolygon(36,8).finalize().extrude(40)).union(w2.sketch().push([(-1,-6)]).regularPolygon(44,5).finalize().extrude(54))
