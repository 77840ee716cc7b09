import cadquery as cq
w0=cq.Workplane('YZ',origin=(-91,0,0))
w1=cq.Workplane('YZ',origin=(-91,0,0))
w2=cq.Workplane('YZ',origin=(-70,0,0))
r=w0.sketch().segment((-97,-89),(-97,23)).segment((-69,23)).segment((-69,-77)).segment((98,-77)).segment((98,-89)).arc((0,-139),(-97,-89)).close().assemble().finalize().extrude(-44).union(w1.sketch().push([(-12,-2)]).circle(82).finalize().extrude(21)).union(w2.sketch().segment((-77,-82),(-77,-18)).segment((-25,-18)).segment((-25,-39)).segment((28,-39)).segment((28,-61)).segment((80,-61)).segment((80,-82)).close().assemble().finalize().extrude(37))
