import cadquery as cq
w0=cq.Workplane('XZ',origin=(0,-78,0))
r=w0.sketch().segment((-24,-69),(-24,31)).segment((12,31)).segment((12,-2)).segment((47,-2)).segment((47,-36)).segment((83,-36)).segment((83,-69)).close().assemble().finalize().extrude(65)
