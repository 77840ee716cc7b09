import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-64))
w1=cq.Workplane('XY',origin=(0,0,-43))
w2=cq.Workplane('XY',origin=(0,0,10))
r=w0.sketch().segment((22,-74),(22,-4)).segment((-11,-4)).segment((-11,34)).segment((96,34)).segment((96,-4)).segment((64,-4)).segment((64,-74)).close().assemble().finalize().extrude(-16).union(w1.sketch().push([(-16,-3)]).circle(71).push([(28,-3),(-38,35),(-38,-41)]).circle(8,mode='s').finalize().extrude(53)).union(w2.sketch().segment((-42,-92),(-42,-37)).segment((-31,-37)).segment((-31,-81)).segment((13,-81)).segment((13,-37)).segment((24,-37)).segment((24,-92)).close().assemble().finalize().extrude(-16))
