import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-67,0))
r=w0.sketch().segment((-44,26),(32,26)).arc((70,-12),(32,-49)).segment((-44,-49)).arc((-81,-12),(-44,26)).close().assemble().finalize().extrude(59)
