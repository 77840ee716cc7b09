import cadquery as cq
w0=cq.Workplane('YZ',origin=(-50,0,0))
r=w0.sketch().segment((-64,-100),(64,-100)).segment((64,-56)).arc((0,8),(-64,-56)).close().assemble().finalize().extrude(100)
