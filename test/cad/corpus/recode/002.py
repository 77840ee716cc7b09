import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-43))
r=w0.sketch().segment((-74,7),(45,7)).arc((71,-19),(45,-45)).segment((-74,-45)).arc((-100,-19),(-74,7)).close().assemble().finalize().extrude(77)
