import cadquery as cq

# Tray: a rounded block with an offset pocket
body = cq.Workplane().rect(70, 40).extrude(15).edges("|Z").fillet(6)
result = body.faces(">Z").workplane().rect(50, 20).offset2D(4, "arc").cutBlind(-10)
