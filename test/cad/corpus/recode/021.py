import cadquery as cq
w0=cq.Workplane('XY',origin=(0,0,-25))
r=w0.sketch().segment((-58,-1),(22,-1)).arc((62,-41),(22,-81)).segment((-58,-81)).arc((-98,-41),(-58,-1)).close().assemble().finalize().extrude(15)
