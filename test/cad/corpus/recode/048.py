import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-96))
r=w0.sketch().segment((-57,-73),(-57,53)).segment((-21,53)).segment((-21,11)).segment((14,11)).segment((14,-31)).segment((50,-31)).segment((50,-73)).close().assemble().finalize().extrude(71)
