import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-41))
w1=cq.Workplane('XZ',origin=(0,-40,0))
r=w0.sketch().segment((-24,-80),(-24,3)).segment((-88,3)).segment((-88,28)).segment((96,28)).segment((96,3)).segment((32,3)).segment((32,-80)).close().assemble().finalize().extrude(11).union(w1.sketch().segment((-44,-51),(-44,99)).segment((0,99)).segment((0,16)).segment((94,16)).arc((115,-18),(94,-51)).close().assemble().finalize().extrude(-92))
