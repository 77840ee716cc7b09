import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-40))
r=w0.sketch().ellipse(80,40).finalize().extrude(80)
