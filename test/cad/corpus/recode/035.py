import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-100))
w1=cq.Workplane('XY',origin=(0,0,-21))
w2=cq.Workplane('XY',origin=(0,0,-21))
r=w0.sketch().segment((34,-62),(28,-78)).segment((12,-84)).segment((-4,-78)).segment((-10,-62)).segment((-4,-46)).segment((12,-40)).segment((28,-46)).close().assemble().finalize().extrude(55).union(w1.sketch().arc((-37,-83),(-56,4),(-37,91)).segment((5,91)).segment((5,-25)).segment((93,-25)).arc((101,-54),(93,-83)).arc((28,-135),(-37,-83)).close().assemble().finalize().extrude(-23)).union(w2.sketch().segment((-69,-31),(-69,98)).segment((-45,98)).segment((-45,-7)).segment((61,-7)).segment((61,98)).segment((85,98)).segment((85,-31)).close().assemble().finalize().extrude(36))
