import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-13))
w1=cq.Workplane('XY',origin=(0,0,13))
r=w0.sketch().rect(180,60).finalize().extrude(26).union(w1.sketch().push([(-60,0),(60,0)]).circle(20).finalize().extrude(40)).cut(w0.sketch().push([(-60,0),(60,0)]).circle(10).finalize().extrude(100))
