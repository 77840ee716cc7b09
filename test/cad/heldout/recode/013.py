import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-10))
r=w0.sketch().rect(150,150).vertices().fillet(20).finalize().extrude(20)
