import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-91,0))
w1=cq.Workplane('ZX',origin=(0,-44,0))
r=w0.sketch().push([(25,-9)]).circle(64).finalize().extrude(47).union(w1.sketch().segment((-84,-93),(-84,-38)).segment((-16,-38)).segment((-16,-93)).close().assemble().finalize().extrude(16))
