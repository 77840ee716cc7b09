import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-41,0))
w1=cq.Workplane('ZX',origin=(0,-41,0))
w2=cq.Workplane('ZX',origin=(0,-12,0))
r=w0.sketch().segment((-36,-98),(-36,97)).segment((87,97)).segment((87,-98)).close().assemble().push([(-24,-86),(-24,85),(75,-86),(75,85)]).circle(6,mode='s').finalize().extrude(-58).union(w1.sketch().segment((40,-35),(78,-35)).arc((98,-54),(78,-74)).segment((40,-74)).arc((20,-54),(40,-35)).close().assemble().finalize().extrude(29)).union(w2.sketch().segment((-89,13),(77,13)).arc((81,15),(83,19)).segment((83,52)).arc((81,56),(77,58)).segment((-89,58)).arc((-93,56),(-95,52)).segment((-95,19)).arc((-93,15),(-89,13)).close().assemble().finalize().extrude(36))
