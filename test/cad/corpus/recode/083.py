import cadquery as cq
w0=cq.Workplane('YZ',origin=(-99,0,0))
r=w0.sketch().segment((-32,-93),(-32,96)).segment((-4,96)).segment((-4,33)).segment((23,33)).segment((23,-30)).segment((51,-30)).segment((51,-93)).close().assemble().finalize().extrude(93)
