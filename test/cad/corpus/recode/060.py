import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-84,0))
r=w0.sketch().segment((2,-27),(2,82)).segment((-31,82)).segment((-31,99)).segment((90,99)).segment((90,82)).segment((56,82)).segment((56,-27)).close().assemble().finalize().extrude(85)
