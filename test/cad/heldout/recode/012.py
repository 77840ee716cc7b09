import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-6))
r=w0.sketch().push([(-45,0)]).circle(25).push([(45,0)]).circle(25).push([(0,0)]).rect(90,30).reset().push([(-45,0),(45,0)]).circle(12,mode='s').finalize().extrude(12)
