import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-15))
r=w0.sketch().segment((-70,-70),(70,-70)).segment((70,70)).segment((-70,70)).close().assemble().push([(-50,-50),(50,-50),(50,50),(-50,50)]).rect(16,16,mode='s').push([(0,0)]).regularPolygon(25,8,mode='s').finalize().extrude(30)
