import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-35))
r=w0.sketch().segment((-84,16),(-84,97)).segment((-22,97)).segment((-22,56)).segment((40,56)).segment((40,16)).close().assemble().finalize().extrude(105)
