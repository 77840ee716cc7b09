import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,37,0))
r=w0.sketch().circle(55).circle(31,mode='s').finalize().extrude(74)
