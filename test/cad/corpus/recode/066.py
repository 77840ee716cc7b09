import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-27))
r=w0.sketch().segment((-37,-19),(-37,96)).segment((89,96)).segment((89,-19)).close().assemble().push([(-20,38),(72,38)]).circle(11,mode='s').finalize().extrude(28)
