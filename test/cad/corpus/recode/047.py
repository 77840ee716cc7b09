import cadquery as cq
w0=cq.Workplane('YZ',origin=(-41,0,0))
w1=cq.Workplane('XY',origin=(0,0,-23))
w2=cq.Workplane('XY',origin=(0,0,-23))
r=w0.sketch().segment((-42,-89),(-42,6)).segment((-94,6)).segment((-94,53)).segment((70,53)).segment((70,6)).segment((18,6)).segment((18,-89)).close().assemble().finalize().extrude(77).union(w1.sketch().push([(-18,12)]).circle(38).push([(-18,12)]).circle(16,mode='s').finalize().extrude(-104)).union(w2.sketch().push([(12,11)]).circle(58).push([(12,11)]).circle(36,mode='s').finalize().extrude(23))
