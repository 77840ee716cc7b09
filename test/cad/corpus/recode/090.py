import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-45))
w1=cq.Workplane('XY',origin=(0,0,15))
r=w0.sketch().push([(38,3)]).rect(86,185).push([(38,-78),(38,85)]).circle(5,mode='s').finalize().extrude(60).union(w1.sketch().segment((52,-42),(39,-72)).segment((9,-85)).segment((-21,-72)).segment((-34,-42)).segment((-21,-12)).segment((9,1)).segment((39,-12)).close().assemble().finalize().extrude(-55))
