import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-60,0))
r=w0.sketch().segment((-72,50),(-72,94)).segment((10,94)).segment((10,72)).segment((93,72)).segment((93,50)).close().assemble().finalize().extrude(-72)
