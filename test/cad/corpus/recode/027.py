import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-40))
w1=cq.Workplane('XY',origin=(0,0,28))
r=w0.sketch().segment((53,3),(26,-45)).segment((-29,-45)).segment((-57,3)).segment((-30,51)).segment((26,51)).close().assemble().finalize().extrude(68).union(w1.sketch().segment((-58,-51),(-58,73)).segment((46,73)).segment((46,-51)).close().assemble().finalize().extrude(24))
