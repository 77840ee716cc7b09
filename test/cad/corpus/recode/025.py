import cadquery as cq
w0=cq.Workplane('YZ',origin=(-66,0,0))
r=w0.sketch().segment((-98,-64),(-98,80)).segment((-68,80)).segment((-68,-34)).segment((64,-34)).segment((64,80)).segment((94,80)).segment((94,-64)).close().assemble().finalize().extrude(51)
