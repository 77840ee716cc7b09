import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-61,0))
w1=cq.Workplane('XZ',origin=(0,-55,0))
r=w0.sketch().segment((-100,-63),(-100,97)).segment((99,97)).segment((99,-63)).close().assemble().finalize().extrude(-23).union(w1.sketch().segment((-50,-92),(-50,28)).segment((-81,28)).segment((-81,83)).segment((41,83)).segment((41,28)).segment((10,28)).segment((10,-92)).close().assemble().finalize().extrude(29))
