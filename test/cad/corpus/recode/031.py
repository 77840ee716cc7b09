import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-33,0))
r=w0.sketch().segment((-97,-87),(-97,38)).segment((-32,38)).segment((-32,-4)).segment((33,-4)).segment((33,-45)).segment((98,-45)).segment((98,-87)).close().assemble().finalize().extrude(-24)
