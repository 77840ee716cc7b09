import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-92))
r=w0.sketch().push([(-11,-13)]).circle(54).push([(-11,-13)]).circle(31,mode='s').finalize().extrude(21)
