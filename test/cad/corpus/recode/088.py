import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-49,0))
w1=cq.Workplane('XY',origin=(0,0,-29))
r=w0.sketch().segment((-4,0),(50,0)).arc((76,-26),(50,-53)).segment((-4,-53)).arc((-30,-26),(-4,0)).close().assemble().finalize().extrude(57).union(w1.sketch().segment((-89,-59),(-89,60)).arc((-44,73),(2,60)).segment((2,-2)).segment((99,-2)).segment((99,-59)).close().assemble().finalize().extrude(75))
