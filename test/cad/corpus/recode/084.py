import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-85,0))
r=w0.sketch().segment((-26,-42),(-26,66)).arc((28,12),(-26,-42)).close().assemble().finalize().extrude(-75)
