import cadquery as cq
w0=cq.Workplane('YZ',origin=(-38,0,0))
w1=cq.Workplane('XY',origin=(0,0,-29))
r=w0.sketch().segment((-70,-12),(-70,94)).segment((-45,94)).segment((-45,13)).segment((11,13)).segment((11,94)).segment((36,94)).segment((36,-12)).close().assemble().finalize().extrude(42).union(w1.sketch().segment((-10,-99),(-10,77)).segment((8,77)).segment((8,-74)).segment((85,-74)).segment((85,-99)).close().assemble().finalize().extrude(58))
