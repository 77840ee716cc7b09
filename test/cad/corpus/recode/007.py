import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-35,0))
w1=cq.Workplane('XZ',origin=(0,71,0))
r=w0.sketch().push([(-1,13)]).circle(84).push([(-1,13)]).circle(53,mode='s').finalize().extrude(106).union(w1.sketch().segment((-34,-28),(-34,56)).segment((3,56)).segment((3,28)).segment((41,28)).segment((41,0)).segment((78,0)).segment((78,-28)).close().assemble().finalize().extrude(23))
