import cadquery as cq
w0=cq.Workplane('YZ',origin=(-98,0,0))
w1=cq.Workplane('YZ',origin=(-60,0,0))
r=w0.sketch().push([(51,13)]).regularPolygon(46,6).finalize().extrude(38).union(w1.sketch().push([(-2,-3)]).regularPolygon(83,8).finalize().extrude(14))
