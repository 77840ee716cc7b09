import cadquery as cq
w0=cq.Workplane('YZ',origin=(-63,0,0))
w1=cq.Workplane('YZ',origin=(40,0,0))
r=w0.sketch().segment((-60,-67),(-60,65)).segment((3,65)).segment((3,-42)).segment((81,-42)).segment((81,-67)).close().assemble().finalize().extrude(103).union(w1.sketch().segment((-99,-82),(-99,94)).segment((63,94)).segment((63,-82)).close().assemble().push([(-85,-68),(-85,80),(49,-68),(49,80)]).circle(8,mode='s').finalize().extrude(40))
