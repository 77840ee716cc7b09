import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,0))
r=w0.sketch().segment((-100,-14),(-71,-14)).segment((-71,-71)).segment((71,-71)).segment((71,-14)).segment((100,-14)).segment((100,14)).segment((-100,14)).close().assemble().finalize().extrude(-33)
