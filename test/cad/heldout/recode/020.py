import cadquery as cq
w0=cq.Workplane('YZ',origin=(-32,0,0))
w1=cq.Workplane('XZ',origin=(0,40,0))
r=w0.sketch().circle(30).finalize().extrude(64).union(w1.sketch().push([(0,0)]).rect(40,40).finalize().extrude(80)).cut(w0.sketch().circle(12).finalize().extrude(64))
