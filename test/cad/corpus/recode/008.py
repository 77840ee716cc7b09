import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-80))
r=w0.sketch().push([(55,-12)]).rect(60,82).push([(55,-12)]).circle(5,mode='s').finalize().extrude(-88)
