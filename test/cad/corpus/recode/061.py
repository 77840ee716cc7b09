import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-31,0))
w1=cq.Workplane('XZ',origin=(0,-12,0))
w2=cq.Workplane('XZ',origin=(0,4,0))
r=w0.sketch().push([(6,-2)]).circle(94).finalize().extrude(19).union(w1.sketch().segment((-38,-16),(-38,42)).segment((-98,42)).segment((-98,68)).segment((94,68)).segment((94,42)).segment((34,42)).segment((34,-16)).close().assemble().finalize().extrude(16)).union(w2.sketch().segment((2,29),(54,29)).arc((79,4),(54,-22)).segment((2,-22)).arc((-23,4),(2,29)).close().assemble().finalize().extrude(-14))
