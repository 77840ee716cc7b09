import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-78))
w1=cq.Workplane('XY',origin=(0,0,3))
r=w0.sketch().segment((7,5),(63,5)).arc((89,-21),(63,-47)).segment((7,-47)).arc((-19,-21),(7,5)).close().assemble().finalize().extrude(81).union(w1.sketch().push([(32,53)]).rect(72,66).push([(5,29),(5,77),(59,29),(59,77)]).circle(3,mode='s').finalize().extrude(9))
