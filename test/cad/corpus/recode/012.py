import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-64,0))
w1=cq.Workplane('ZX',origin=(0,51,0))
w2=cq.Workplane('ZX',origin=(0,67,0))
r=w0.sketch().push([(-29,-41)]).rect(108,118).push([(-29,-41)]).circle(9,mode='s').finalize().extrude(115).union(w1.sketch().segment((-34,-25),(-34,29)).segment((-99,29)).segment((-99,65)).segment((98,65)).segment((98,29)).segment((32,29)).segment((32,-25)).close().assemble().finalize().extrude(16)).union(w2.sketch().segment((10,-64),(10,92)).arc((88,14),(10,-64)).close().assemble().finalize().extrude(42))
