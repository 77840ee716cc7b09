import cadquery as cq
w0=cq.Workplane('YZ',origin=(-70,0,0))
w1=cq.Workplane('YZ',origin=(-21,0,0))
r=w0.sketch().push([(49,-32)]).circle(48).push([(79,-32),(49,-2),(19,-32),(49,-62)]).circle(5,mode='s').finalize().extrude(49).union(w1.sketch().segment((-54,-59),(-54,70)).segment((-33,70)).segment((-33,-38)).segment((68,-38)).segment((68,70)).segment((89,70)).segment((89,-59)).close().assemble().finalize().extrude(35))
