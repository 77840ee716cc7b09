import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-91,0))
r=w0.sketch().segment((-30,-98),(-30,100)).segment((-3,100)).segment((-3,34)).segment((23,34)).segment((23,-32)).segment((50,-32)).segment((50,-98)).close().assemble().finalize().extrude(119)
