import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-34))
w1=cq.Workplane('XY',origin=(0,0,-34))
r=w0.sketch().segment((-99,-99),(-99,-27)).segment((-18,-27)).segment((-18,-63)).segment((62,-63)).segment((62,-99)).close().assemble().finalize().extrude(-31).union(w1.sketch().segment((-89,13),(-89,71)).segment((-80,71)).segment((-80,22)).segment((91,22)).segment((91,71)).segment((100,71)).segment((100,13)).close().assemble().finalize().extrude(56))
