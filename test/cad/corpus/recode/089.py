import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-56))
r=w0.sketch().push([(2,-22)]).rect(99,106).push([(2,-22)]).circle(8,mode='s').finalize().extrude(74)
