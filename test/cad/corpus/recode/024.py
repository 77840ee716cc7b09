import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-75))
r=w0.sketch().push([(18,17)]).circle(54).push([(18,17)]).circle(21,mode='s').finalize().extrude(45)
