import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-71))
r=w0.sketch().segment((-43,1),(33,1)).arc((71,-37),(33,-75)).segment((-43,-75)).arc((-81,-37),(-43,1)).close().assemble().finalize().extrude(103)
