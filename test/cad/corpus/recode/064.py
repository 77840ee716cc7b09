import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-28,0))
r=w0.sketch().segment((-28,2),(-28,69)).segment((-96,69)).segment((-96,82)).segment((92,82)).segment((92,69)).segment((24,69)).segment((24,2)).close().assemble().finalize().extrude(100)
