import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-4))
r=w0.sketch().push([(0,0)]).regularPolygon(40,6).push([(0,0)]).circle(18,mode='s').finalize().extrude(8)
