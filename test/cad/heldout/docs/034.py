import cadquery as cq

# Twisted hexagonal column
result = cq.Workplane("XY").polygon(6, 30).twistExtrude(60, 45)
