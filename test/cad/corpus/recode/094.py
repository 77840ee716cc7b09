import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-50))
r=w0.sketch().segment((29,-93),(29,41)).arc((96,-26),(29,-93)).close().assemble().finalize().extrude(-80)
