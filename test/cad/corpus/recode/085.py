import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-79,0))
r=w0.sketch().push([(15,-36)]).circle(59).push([(52,-36),(33,-4),(-3,-4),(-22,-36),(-3,-68),(33,-68)]).circle(7,mode='s').finalize().extrude(-119)
