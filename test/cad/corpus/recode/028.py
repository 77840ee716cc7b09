import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-68))
w1=cq.Workplane('XY',origin=(0,0,19))
w2=cq.Workplane('XY',origin=(0,0,19))
r=w0.sketch().segment((-70,-100),(-70,99)).segment((-56,99)).segment((-56,-86)).segment((-6,-86)).segment((-6,99)).segment((8,99)).segment((8,-100)).close().assemble().finalize().extrude(87).union(w1.sketch().segment((-55,-48),(-55,50)).segment((6,50)).segment((6,1)).segment((67,1)).segment((67,-48)).close().assemble().finalize().extrude(-30)).union(w2.sketch().push([(4,-12)]).circle(52).push([(4,-12)]).circle(13,mode='s').finalize().extrude(54))
