import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-96,0))
r=w0.sketch().segment((54,-84),(54,-2)).arc((95,-43),(54,-84)).close().assemble().finalize().extrude(-17)
