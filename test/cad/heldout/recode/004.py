import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-30))
w1=cq.Workplane('XY',origin=(0,0,10))
r=w0.sketch().rect(120,80).finalize().extrude(40).union(w1.sketch().circle(25).finalize().extrude(20))
