import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,15,0))
r=w0.sketch().arc((-40,0),(0,40),(40,0)).segment((30,0)).arc((0,30),(-30,0)).close().assemble().finalize().extrude(30)
