import cadquery as cq
w0=cq.Workplane('YZ',origin=(-65,0,0))
r=w0.sketch().push([(-19,41)]).circle(51).push([(13,41),(-3,68),(-35,68),(-51,41),(-35,14),(-3,14)]).circle(6,mode='s').finalize().extrude(77)
