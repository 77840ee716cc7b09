import cadquery as cq
w0=cq.Workplane('YZ',origin=(0,0,0))
r=w0.sketch().segment((-30,-60),(30,-60)).segment((30,60)).segment((-30,60)).close().assemble().finalize().extrude(45,both=True)
