import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-25))
w1=cq.Workplane('XY',origin=(0,0,26))
w2=cq.Workplane('XY',origin=(0,0,26))
r=w0.sketch().segment((-99,-39),(-99,54)).segment((-87,54)).segment((-87,-27)).segment((13,-27)).segment((13,54)).segment((25,54)).segment((25,-39)).close().assemble().finalize().extrude(51).union(w1.sketch().push([(42,-10)]).rect(75,73).push([(42,-10)]).circle(8,mode='s').finalize().extrude(-32)).union(w2.sketch().segment((-29,-98),(-29,7)).segment((-83,7)).segment((-83,50)).segment((99,50)).segment((99,7)).segment((45,7)).segment((45,-98)).close().assemble().finalize().extrude(37))
