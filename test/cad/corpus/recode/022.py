import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-88,0))
r=w0.sketch().segment((41,-60),(34,-76)).segment((18,-83)).segment((2,-76)).segment((-5,-60)).segment((2,-44)).segment((18,-37)).segment((34,-44)).close().assemble().finalize().extrude(-38)
