import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-62,0))
r=w0.sketch().segment((-15,-70),(-15,51)).segment((-76,51)).segment((-76,71)).segment((69,71)).segment((69,51)).segment((8,51)).segment((8,-70)).close().assemble().finalize().extrude(72)
