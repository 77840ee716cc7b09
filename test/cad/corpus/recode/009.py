import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-54))
r=w0.sketch().segment((-83,-74),(-83,2)).segment((-71,2)).segment((-71,-62)).segment((-11,-62)).segment((-11,2)).segment((1,2)).segment((1,-74)).close().assemble().finalize().extrude(-48)
