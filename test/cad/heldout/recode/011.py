import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,20,0))
r=w0.sketch().segment((-50,0),(50,0)).arc((0,50),(-50,0)).assemble().reset().push([(0,20)]).circle(10,mode='s').finalize().extrude(40)
