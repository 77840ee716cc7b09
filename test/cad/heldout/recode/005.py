import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-5,0))
r=w0.sketch().arc((-61,-18),(-43,-43),(-18,-61)).segment((18,-61)).arc((43,-43),(61,-18)).segment((61,18)).arc((43,43),(18,61)).segment((-18,61)).arc((-43,43),(-61,18)).close().assemble().finalize().extrude(10)
