import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-55))
w1=cq.Workplane('XY',origin=(0,0,-55))
w2=cq.Workplane('YZ',origin=(-54,0,0))
r=w0.sketch().push([(5,29)]).rect(178,93).push([(-69,30),(79,30)]).circle(9,mode='s').finalize().extrude(-112).union(w1.sketch().segment((-4,1),(-25,-28)).segment((-60,-17)).segment((-60,19)).segment((-25,30)).close().assemble().finalize().extrude(-23)).union(w2.sketch().push([(-25,-24)]).circle(70).push([(18,-24),(-3,14),(-47,14),(-68,-24),(-47,-62),(-3,-62)]).circle(8,mode='s').finalize().extrude(32))
