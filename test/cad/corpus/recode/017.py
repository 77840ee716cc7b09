import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-53))
r=w0.sketch().segment((-92,-47),(-92,98)).segment((58,98)).segment((58,-47)).close().assemble().finalize().extrude(-114)
