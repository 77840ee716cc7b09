import cadquery as cq
import math

# Parameters
flange_diameter = 80.0
flange_thickness = 10.0
hub_diameter = 40.0
hub_height = 25.0
bore_diameter = 20.0
bolt_circle_diameter = 60.0
bolt_hole_diameter = 8.0
num_bolts = 6

# Create the flange
flange = cq.Workplane("XY").circle(flange_diameter / 2).extrude(flange_thickness)

# Create the hub
hub = cq.Workplane("XY").workplane(offset=flange_thickness).circle(hub_diameter / 2).extrude(hub_height)

result = flange.union(hub)

# Bore through the center
result = result.faces(">Z").workplane().hole(bore_diameter)

# Bolt holes
bolt_points = []
for i in range(num_bolts):
    angle = 2 * math.pi * i / num_bolts
    bolt_points.append((bolt_circle_diameter / 2 * math.cos(angle), bolt_circle_diameter / 2 * math.sin(angle)))

result = result.faces("<Z").workplane().pushPoints(bolt_points).hole(bolt_hole_diameter)

show_object(result)
