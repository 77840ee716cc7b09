import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-26))
w1=cq.Workplane('XY',origin=(0,0,-26))
r=w0.sketch().push([(-4,-8)]).circle(83).push([(47,-8),(22,37),(-30,37),(-55,-8),(-30,-53),(22,-53)]).circle(9,mode='s').finalize().extrude(-65).union(w1.sketch().segment((-89,2),(-89,74)).segment((-51,74)).segment((-51,28)).segment((55,28)).segment((55,2)).close().assemble().finalize().extrude(-44))
