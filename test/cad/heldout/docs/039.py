import cadquery as cq

# Sketch with intersect mode: a rounded square clipped by a circle
s = cq.Sketch().rect(40, 40).vertices().fillet(5).reset().circle(24, mode="i")
result = cq.Workplane("XY").placeSketch(s).extrude(10)
