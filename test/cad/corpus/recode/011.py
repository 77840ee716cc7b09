import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-94))
w1=cq.Workplane('ZX',origin=(0,-23,0))
r=w0.sketch().push([(13,-7)]).circle(85).push([(13,-7)]).circle(32,mode='s').finalize().extrude(59).union(w1.sketch().push([(-4,-7)]).circle(74).push([(-4,-7)]).circle(22,mode='s').finalize().extrude(-95))
