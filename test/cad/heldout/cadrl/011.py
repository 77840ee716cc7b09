import cadquery as cq

def rounded_plate(length, width, thickness, radius):
    return (
        cq.Workplane("XY")
        .rect(length, width)
        .extrude(thickness)
        .edges("|Z")
        .fillet(radius)
    )

def add_holes(part, points, diameter):
    return part.faces(">Z").workplane().pushPoints(points).hole(diameter)

plate = rounded_plate(90, 60, 6, 8)
corners = [(x, y) for x in (-35, 35) for y in (-20, 20)]
plate = add_holes(plate, corners, 5.5)
result = plate.faces(">Z").workplane().rect(30, 20).cutBlind(-3)
