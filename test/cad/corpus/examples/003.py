import cadquery as cq

# Flask: half of the wall profile in XZ, revolved about Z, then hollowed from the neck
r_body = 22.0
h_body = 70.0
r_neck = 9.0
h_neck = 14.0
wall = 1.2

profile = (
    cq.Workplane("XZ")
    .moveTo(0, 0)
    .lineTo(r_body, 0)
    .lineTo(r_body, h_body * 0.6)
    .threePointArc((r_body * 0.8, h_body * 0.85), (r_neck, h_body))
    .lineTo(r_neck, h_body + h_neck)
    .lineTo(0, h_body + h_neck)
    .close()
)
body = profile.revolve(360, (0, 0, 0), (0, 1, 0))
result = body.faces(">Z").shell(-wall)
