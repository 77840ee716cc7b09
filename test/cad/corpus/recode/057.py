import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-76,0))
w1=cq.Workplane('ZX',origin=(0,-31,0))
w2=cq.Workplane('ZX',origin=(0,72,0))
r=w0.sketch().push([(12,-1)]).circle(84).push([(64,-1),(-14,44),(-14,-46)]).circle(10,mode='s').finalize().extrude(-71).union(w1.sketch().segment((-41,-99),(68,-99)).arc((84,-92),(91,-76)).segment((91,64)).arc((84,80),(68,87)).segment((-41,87)).arc((-57,80),(-64,64)).segment((-64,-76)).arc((-57,-92),(-41,-99)).close().assemble().finalize().extrude(103)).union(w2.sketch().segment((9,-77),(9,33)).segment((42,33)).segment((42,-39)).segment((99,-39)).segment((99,-77)).arc((54,-103),(9,-77)).close().assemble().finalize().extrude(40))
