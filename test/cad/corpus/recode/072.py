import cadquery as cq
w0=cq.Workplane('YZ',origin=(-94,0,0))
w1=cq.Workplane('YZ',origin=(-68,0,0))
r=w0.sketch().segment((-77,-95),(-77,16)).segment((-48,16)).segment((-48,-62)).segment((67,-62)).segment((67,-95)).arc((-5,-133),(-77,-95)).close().assemble().finalize().extrude(26).union(w1.sketch().segment((-95,-80),(-95,88)).segment((98,88)).segment((98,-80)).close().assemble().finalize().extrude(9))
