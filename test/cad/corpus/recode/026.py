import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-50))
w1=cq.Workplane('XY',origin=(0,0,-25))
r=w0.sketch().push([(11,59)]).circle(40).push([(36,59),(11,84),(-14,59),(11,34)]).circle(4,mode='s').finalize().extrude(-13).union(w1.sketch().segment((-40,-7),(-40,37)).segment((10,37)).segment((10,13)).segment((77,13)).segment((77,-7)).close().assemble().finalize().extrude(-26))
