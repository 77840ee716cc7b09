import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-43,0))
w1=cq.Workplane('XY',origin=(0,0,-59))
w2=cq.Workplane('XY',origin=(0,0,34))
r=w0.sketch().segment((-59,-89),(81,-89)).arc((94,-83),(100,-70)).segment((100,57)).arc((94,70),(81,76)).segment((-59,76)).arc((-72,70),(-78,57)).segment((-78,-70)).arc((-72,-83),(-59,-89)).close().assemble().finalize().extrude(-113).union(w1.sketch().segment((-82,-86),(-82,98)).segment((-62,98)).segment((-62,-66)).segment((24,-66)).segment((24,98)).segment((44,98)).segment((44,-86)).close().assemble().finalize().extrude(93)).union(w2.sketch().push([(-18,12)]).circle(60).finalize().extrude(-56))
