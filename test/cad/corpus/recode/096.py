import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-40))
w1=cq.Workplane('XY',origin=(0,0,31))
w2=cq.Workplane('XY',origin=(0,0,72))
r=w0.sketch().segment((-77,-64),(-77,56)).segment((-36,56)).segment((-36,16)).segment((4,16)).segment((4,-24)).segment((45,-24)).segment((45,-64)).close().assemble().finalize().extrude(71).union(w1.sketch().push([(55,-20)]).circle(38).push([(55,-20)]).circle(14,mode='s').finalize().extrude(41)).union(w2.sketch().push([(-9,20)]).rect(113,135).push([(-8,-36),(-8,77)]).circle(5,mode='s').finalize().extrude(-40))
