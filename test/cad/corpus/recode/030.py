import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-32))
r=w0.sketch().segment((-92,-99),(-92,86)).segment((-73,86)).segment((-73,-80)).segment((49,-80)).segment((49,86)).segment((68,86)).segment((68,-99)).close().assemble().finalize().extrude(59)
