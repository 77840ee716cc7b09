import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-74))
w1=cq.Workplane('XY',origin=(0,0,-49))
r=w0.sketch().segment((-93,-20),(92,-20)).arc((97,-18),(99,-13)).segment((99,35)).arc((97,40),(92,42)).segment((-93,42)).arc((-98,40),(-100,35)).segment((-100,-13)).arc((-98,-18),(-93,-20)).close().assemble().finalize().extrude(25).union(w1.sketch().segment((-50,41),(44,41)).arc((92,-6),(44,-54)).segment((-50,-54)).arc((-98,-6),(-50,41)).close().assemble().finalize().extrude(43))
