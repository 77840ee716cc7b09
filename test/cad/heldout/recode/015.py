import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-20))
w1=cq.Workplane('XY',origin=(0,0,20))
r=w0.sketch().rect(100,100).finalize().extrude(40).cut(w1.sketch().rect(80,80).finalize().extrude(-30))
