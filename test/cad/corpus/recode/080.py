import cadquery as cq
w0=cq.Workplane('YZ',origin=(-28,0,0))
w1=cq.Workplane('YZ',origin=(-28,0,0))
r=w0.sketch().segment((-64,-28),(-8,-28)).arc((20,-56),(-8,-83)).segment((-64,-83)).arc((-91,-56),(-64,-28)).close().assemble().finalize().extrude(-114).union(w1.sketch().segment((-53,-76),(-53,89)).segment((-16,89)).segment((-16,34)).segment((21,34)).segment((21,-21)).segment((58,-21)).segment((58,-76)).close().assemble().finalize().extrude(27))
