import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-3))
r=w0.sketch().circle(100).push([(70,0),(0,70),(-70,0),(0,-70)]).circle(9,mode='s').push([(0,0)]).circle(35,mode='s').finalize().extrude(6)
