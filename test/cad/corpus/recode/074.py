import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-45))
r=w0.sketch().segment((31,-100),(78,-100)).arc((90,-95),(95,-83)).segment((95,58)).arc((90,70),(78,75)).segment((31,75)).arc((19,70),(14,58)).segment((14,-83)).arc((19,-95),(31,-100)).close().assemble().finalize().extrude(-115)
