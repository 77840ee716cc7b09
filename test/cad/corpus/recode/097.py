import cadquery as cq
w0=cq.Workplane('YZ',origin=(-94,0,0))
w1=cq.Workplane('XY',origin=(0,0,-39))
r=w0.sketch().segment((-87,-98),(-87,96)).segment((56,96)).segment((56,-98)).close().assemble().push([(-16,-82),(-16,80)]).circle(10,mode='s').finalize().extrude(-54).union(w1.sketch().segment((-62,-90),(-62,51)).segment((-89,51)).segment((-89,91)).segment((11,91)).segment((11,51)).segment((-16,51)).segment((-16,-90)).close().assemble().finalize().extrude(-116))
