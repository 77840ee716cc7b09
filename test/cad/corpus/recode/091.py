import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-33,0))
r=w0.sketch().push([(13,51)]).rect(152,95).push([(13,52)]).circle(10,mode='s').finalize().extrude(12)
