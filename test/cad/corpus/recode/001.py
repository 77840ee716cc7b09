import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-56))
r=w0.sketch().segment((-37,-36),(-37,72)).arc((17,18),(-37,-36)).close().assemble().finalize().extrude(103)
