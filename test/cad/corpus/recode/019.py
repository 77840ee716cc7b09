import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-63,0))
r=w0.sketch().push([(-9,0)]).rect(171,200).push([(-8,0)]).circle(3,mode='s').finalize().extrude(90)
