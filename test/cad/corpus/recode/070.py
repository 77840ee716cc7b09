import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-85))
r=w0.sketch().segment((-90,-87),(-90,70)).segment((-77,70)).segment((-77,-64)).segment((86,-64)).arc((93,-76),(86,-87)).close().assemble().finalize().extrude(88)
