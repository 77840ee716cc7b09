import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-75))
w1=cq.Workplane('XY',origin=(0,0,5))
w2=cq.Workplane('XY',origin=(0,0,50))
r=w0.sketch().segment((-90,0),(-90,86)).segment((-77,86)).segment((-77,13)).segment((86,13)).segment((86,86)).segment((99,86)).segment((99,0)).close().assemble().finalize().extrude(80).union(w1.sketch().segment((-77,-73),(-77,18)).segment((-64,18)).segment((-64,-60)).segment((86,-60)).segment((86,18)).segment((99,18)).segment((99,-73)).close().assemble().finalize().extrude(45)).union(w2.sketch().segment((-60,-15),(-60,33)).segment((-7,33)).segment((-7,17)).segment((45,17)).segment((45,1)).segment((98,1)).segment((98,-15)).close().assemble().finalize().extrude(39))
