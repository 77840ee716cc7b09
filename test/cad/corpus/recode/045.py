import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-35))
r=w0.sketch().segment((-44,-84),(-44,56)).segment((-27,56)).segment((-27,-67)).segment((31,-67)).segment((31,56)).segment((48,56)).segment((48,-84)).close().assemble().finalize().extrude(41)
