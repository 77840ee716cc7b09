import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-61,0))
w1=cq.Workplane('ZX',origin=(0,-1,0))
w2=cq.Workplane('ZX',origin=(0,17,0))
r=w0.sketch().push([(-6,-1)]).rect(121,158).push([(-6,-1)]).circle(3,mode='s').finalize().extrude(60).union(w1.sketch().segment((-7,-43),(-7,11)).segment((16,11)).segment((16,-7)).segment((38,-7)).segment((38,-25)).segment((61,-25)).segment((61,-43)).close().assemble().finalize().extrude(18)).union(w2.sketch().segment((-55,-95),(-55,-31)).arc((-23,-63),(-55,-95)).close().assemble().finalize().extrude(-57))
