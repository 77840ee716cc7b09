import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-77,0))
r=w0.sketch().segment((-13,25),(-13,56)).segment((-43,56)).segment((-43,87)).segment((68,87)).segment((68,56)).segment((38,56)).segment((38,25)).close().assemble().finalize().extrude(-24)
