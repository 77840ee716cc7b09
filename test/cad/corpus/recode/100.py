import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-77))
r=w0.sketch().segment((-27,18),(-27,81)).segment((-90,81)).segment((-90,94)).segment((92,94)).segment((92,81)).segment((29,81)).segment((29,18)).close().assemble().finalize().extrude(101)
