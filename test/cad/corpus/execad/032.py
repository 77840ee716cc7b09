import cadquery as cq
import math

# Knurled knob: a cylinder with 18 grip grooves and a D-shaped shaft hole
diameter = 33
height = 13
grooves = 18
groove_radius = 1.0

knob = cq.Workplane("XY").circle(diameter / 2).extrude(height)
groove_pts = [(diameter / 2 * math.cos(2 * math.pi * i / grooves), diameter / 2 * math.sin(2 * math.pi * i / grooves)) for i in range(grooves)]
knob = knob.cut(cq.Workplane("XY").pushPoints(groove_pts).circle(groove_radius).extrude(height))
shaft = cq.Workplane("XY").circle(3).extrude(height * 0.7).cut(cq.Workplane("XY").center(2.5, 0).rect(2, 8).extrude(height))
result = knob.cut(shaft).faces(">Z").edges().chamfer(0.5)
