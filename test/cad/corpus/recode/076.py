import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-39,0))
w1=cq.Workplane('XZ',origin=(0,15,0))
w2=cq.Workplane('XZ',origin=(0,63,0))
r=w0.sketch().segment((-68,-61),(-68,53)).segment((-58,53)).segment((-58,-51)).segment((80,-51)).segment((80,53)).segment((90,53)).segment((90,-61)).close().assemble().finalize().extrude(54).union(w1.sketch().push([(-9,15)]).circle(82).finalize().extrude(48)).union(w2.sketch().push([(18,-6)]).circle(73).push([(63,-6),(18,39),(-27,-6),(18,-51)]).circle(8,mode='s').finalize().extrude(43))
