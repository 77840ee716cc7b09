import cadquery as cq
w0=cq.Workplane('YZ',origin=(-80,0,0))
w1=cq.Workplane('YZ',origin=(-80,0,0))
w2=cq.Workplane('YZ',origin=(-45,0,0))
r=w0.sketch().segment((-98,-29),(-98,93)).segment((-46,93)).segment((-46,-1)).segment((87,-1)).segment((87,-29)).close().assemble().finalize().extrude(-109).union(w1.sketch().push([(46,-1)]).rect(81,51).push([(17,0),(76,0)]).circle(5,mode='s').finalize().extrude(35)).union(w2.sketch().segment((-51,-4),(-51,52)).segment((75,52)).segment((75,-4)).close().assemble().push([(-36,11),(-36,37),(60,11),(60,37)]).circle(9,mode='s').finalize().extrude(9))
