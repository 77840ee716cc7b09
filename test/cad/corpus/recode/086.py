import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-85))
w1=cq.Workplane('ZX',origin=(0,-22,0))
r=w0.sketch().segment((-96,-97),(-96,18)).segment((-84,18)).segment((-84,-85)).segment((85,-85)).segment((85,18)).segment((97,18)).segment((97,-97)).close().assemble().finalize().extrude(73).union(w1.sketch().push([(-12,17)]).rect(151,141).push([(-72,-38),(-72,73),(49,-38),(49,73)]).circle(9,mode='s').finalize().extrude(57))
