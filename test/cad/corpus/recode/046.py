import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-78))
w1=cq.Workplane('XY',origin=(0,0,-28))
r=w0.sketch().segment((-92,-60),(-92,9)).segment((63,9)).segment((63,-60)).close().assemble().finalize().extrude(84).union(w1.sketch().segment((-56,-65),(-56,15)).arc((-16,-25),(-56,-65)).close().assemble().finalize().extrude(113))
