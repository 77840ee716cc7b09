import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-34))
w1=cq.Workplane('XY',origin=(0,0,-3))
r=w0.sketch().push([(-2,16)]).rect(195,164).push([(-2,16)]).circle(4,mode='s').finalize().extrude(31).union(w1.sketch().push([(32,-21)]).regularPolygon(41,6).finalize().extrude(59))
