import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-8))
r=w0.sketch().slot(120,40).push([(-60,0),(60,0)]).circle(10,mode='s').finalize().extrude(16)
