import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-73))
r=w0.sketch().segment((-42,-41),(-42,37)).arc((-3,-2),(-42,-41)).close().assemble().finalize().extrude(-54)
