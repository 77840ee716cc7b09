import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-50))
w1=cq.Workplane('XY',origin=(0,0,-36))
r=w0.sketch().segment((-85,-91),(-85,78)).segment((-20,78)).segment((-20,-6)).segment((46,-6)).segment((46,-91)).close().assemble().finalize().extrude(-60).union(w1.sketch().segment((-46,-40),(-46,54)).arc((1,7),(-46,-40)).close().assemble().finalize().extrude(-36))
