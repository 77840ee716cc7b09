import cadquery as cq
w0=cq.Workplane('YZ',origin=(-45,0,0))
w1=cq.Workplane('XY',origin=(0,0,-43))
r=w0.sketch().push([(-14,-17)]).regularPolygon(37,5).finalize().extrude(43).union(w1.sketch().push([(18,-15)]).circle(73).push([(18,-15)]).circle(34,mode='s').finalize().extrude(100))
