import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-25))
r=w0.sketch().trapezoid(120,50,60).finalize().extrude(50)
