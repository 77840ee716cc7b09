import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-20))
w1=cq.Workplane('YZ',origin=(-40,0,0))
w2=cq.Workplane('YZ',origin=(-27,0,0))
r=w0.sketch().segment((-76,-58),(-76,21)).segment((-61,21)).segment((-61,-43)).segment((76,-43)).segment((76,21)).segment((91,21)).segment((91,-58)).close().assemble().finalize().extrude(112).union(w1.sketch().segment((17,-61),(17,17)).segment((-16,17)).segment((-16,83)).segment((69,83)).segment((69,17)).segment((36,17)).segment((36,-61)).close().assemble().finalize().extrude(13)).union(w2.sketch().segment((26,-52),(26,26)).segment((7,26)).segment((7,83)).segment((67,83)).segment((67,26)).segment((48,26)).segment((48,-52)).close().assemble().finalize().extrude(51))
