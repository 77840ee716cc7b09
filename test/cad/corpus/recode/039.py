import cadquery as cq
w0=cq.Workplane('YZ',origin=(-63,0,0))
r=w0.sketch().segment((-86,-100),(-86,96)).segment((-17,96)).segment((-17,-70)).segment((94,-70)).segment((94,-100)).close().assemble().finalize().extrude(50)
