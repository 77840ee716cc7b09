import cadquery as cq
w0=cq.Workplane('YZ',origin=(-9,0,0))
r=w0.sketch().rect(200,60).push([(-75,0),(0,0),(75,0)]).rect(20,30,mode='s').finalize().extrude(18)
