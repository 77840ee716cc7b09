import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-50))
w1=cq.Workplane('XY',origin=(0,0,30))
w2=cq.Workplane('YZ',origin=(-75,0,0))
r=w0.sketch().circle(40).finalize().extrude(80).union(w1.sketch().circle(60).circle(40,mode='s').finalize().extrude(20)).union(w2.sketch().push([(0,-20)]).rect(20,30).finalize().extrude(150))
