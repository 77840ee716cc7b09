import cadquery as cq
w0=cq.Workplane('YZ',origin=(-36,0,0))
w1=cq.Workplane('YZ',origin=(66,0,0))
w2=cq.Workplane('YZ',origin=(95,0,0))
r=w0.sketch().segment((-41,-100),(-41,89)).segment((-29,89)).segment((-29,-88)).segment((24,-88)).segment((24,89)).segment((36,89)).segment((36,-100)).close().assemble().finalize().extrude(102).union(w1.sketch().segment((-98,-72),(-98,96)).segment((-34,96)).segment((-34,-55)).segment((99,-55)).segment((99,-72)).close().assemble().finalize().extrude(29)).union(w2.sketch().segment((-48,71),(45,71)).arc((91,25),(45,-21)).segment((-48,-21)).arc((-94,25),(-48,71)).close().assemble().finalize().extrude(24))
