import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-22))
r=w0.sketch().segment((-64,-60),(-64,37)).segment((13,37)).segment((13,-12)).segment((90,-12)).segment((90,-60)).close().assemble().finalize().extrude(119)
