import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-95))
r=w0.sketch().segment((-3,-95),(-3,13)).arc((51,-41),(-3,-95)).close().assemble().finalize().extrude(106)
