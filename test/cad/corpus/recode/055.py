import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-20,0))
w1=cq.Workplane('XY',origin=(0,0,-53))
r=w0.sketch().segment((-14,-38),(-14,0)).segment((-97,0)).segment((-97,38)).segment((91,38)).segment((91,0)).segment((8,0)).segment((8,-38)).close().assemble().finalize().extrude(64).union(w1.sketch().segment((-99,-8),(-99,74)).segment((-85,74)).segment((-85,6)).segment((86,6)).segment((86,74)).segment((100,74)).segment((100,-8)).close().assemble().finalize().extrude(-55))
