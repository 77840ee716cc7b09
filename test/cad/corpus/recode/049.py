import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-99))
r=w0.sketch().segment((-20,-75),(-20,88)).segment((17,88)).segment((17,6)).segment((54,6)).segment((54,-75)).close().assemble().finalize().extrude(120)
