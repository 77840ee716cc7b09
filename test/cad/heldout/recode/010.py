import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-100))
r=w0.sketch().circle(12).finalize().extrude(200).union(w0.workplane(offset=180).sketch().circle(30).finalize().extrude(20))
