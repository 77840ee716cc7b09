import cadquery as cq
w0=cq.Workplane('YZ',origin=(-63,0,0))
w1=cq.Workplane('YZ',origin=(-38,0,0))
r=w0.sketch().push([(24,3)]).rect(74,188).push([(2,-76),(2,82),(46,-76),(46,82)]).circle(9,mode='s').finalize().extrude(25).union(w1.sketch().push([(-1,26)]).regularPolygon(38,6).finalize().extrude(39))
