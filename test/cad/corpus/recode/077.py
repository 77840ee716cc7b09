import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-48,0))
r=w0.sketch().segment((-52,-31),(-52,35)).arc((-19,2),(-52,-31)).close().assemble().finalize().extrude(20)
