import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-71))
w1=cq.Workplane('XY',origin=(0,0,48))
r=w0.sketch().push([(-7,-1)]).circle(65).push([(-7,-1)]).circle(45,mode='s').finalize().extrude(119).union(w1.sketch().segment((-70,-88),(-70,60)).segment((-6,60)).arc((22,10),(-6,-41)).segment((88,-41)).segment((88,-88)).close().assemble().finalize().extrude(29))
