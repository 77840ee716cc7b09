import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-96))
r=w0.sketch().segment((-27,-80),(-27,38)).segment((-66,38)).segment((-66,99)).segment((87,99)).segment((87,38)).segment((48,38)).segment((48,-80)).close().assemble().finalize().extrude(-57)
