import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-46,0))
r=w0.sketch().segment((-85,-83),(76,-83)).arc((87,-79),(91,-68)).segment((91,15)).arc((87,26),(76,30)).segment((-85,30)).arc((-96,26),(-100,15)).segment((-100,-68)).arc((-96,-79),(-85,-83)).close().assemble().finalize().extrude(82)
