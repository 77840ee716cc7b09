import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,-62,0))
w1=cq.Workplane('YZ',origin=(-36,0,0))
r=w0.sketch().segment((3,-59),(3,61)).arc((63,1),(3,-59)).close().assemble().finalize().extrude(-71).union(w1.sketch().push([(-12,-9)]).rect(144,41).push([(-12,-8)]).circle(6,mode='s').finalize().extrude(41))
