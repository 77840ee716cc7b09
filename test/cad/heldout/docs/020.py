import cadquery as cq

low = cq.Sketch().rect(40, 20).vertices().fillet(4)
high = cq.Sketch().circle(8)
result = cq.Workplane().placeSketch(low, high.moved(cq.Location(cq.Vector(0, 0, 30)))).loft()
