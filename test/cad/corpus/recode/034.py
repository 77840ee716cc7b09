import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-71))
w1=cq.Workplane('XY',origin=(0,0,-5))
w2=cq.Workplane('XZ',origin=(0,-30,0))
r=w0.sketch().segment((-16,-42),(-16,96)).arc((53,27),(-16,-42)).close().assemble().finalize().extrude(66).union(w1.sketch().segment((-46,-89),(-46,-35)).segment((20,-35)).segment((20,-67)).segment((94,-67)).segment((94,-89)).close().assemble().finalize().extrude(58)).union(w2.sketch().push([(-15,20)]).regularPolygon(48,6).finalize().extrude(-113))
