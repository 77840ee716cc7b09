import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-28,0))
r=w0.sketch().segment((-86,-46),(-34,-46)).arc((0,-12),(34,-46)).segment((86,-46)).segment((86,46)).segment((-86,46)).close().assemble().finalize().extrude(56)
