import cadquery as cq
w0=cq.Workplane('YZ',origin=(-24,0,0))
w1=cq.Workplane('YZ',origin=(85,0,0))
w2=cq.Workplane('YZ',origin=(123,0,0))
r=w0.sketch().push([(54,-7)]).rect(60,66).push([(54,-7)]).circle(3,mode='s').finalize().extrude(109).union(w1.sketch().segment((-42,-21),(-42,91)).segment((-17,91)).segment((-17,22)).segment((64,22)).segment((64,-21)).close().assemble().finalize().extrude(38)).union(w2.sketch().segment((-65,-99),(-65,-14)).segment((-53,-14)).segment((-53,-87)).segment((57,-87)).segment((57,-14)).segment((69,-14)).segment((69,-99)).close().assemble().finalize().extrude(41))
