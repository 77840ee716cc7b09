import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-87))
w1=cq.Workplane('XY',origin=(0,0,-42))
r=w0.sketch().segment((-61,0),(3,0)).arc((11,4),(15,12)).segment((15,42)).arc((11,50),(3,54)).segment((-61,54)).arc((-69,50),(-73,42)).segment((-73,12)).arc((-69,4),(-61,0)).close().assemble().finalize().extrude(45).union(w1.sketch().push([(17,1)]).rect(149,165).push([(18,-68),(18,71)]).circle(7,mode='s').finalize().extrude(17))
