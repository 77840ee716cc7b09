import cadquery as cq
import math

# A simple spur-gear blank: a disc with rectangular teeth on a polar array
teeth = 12
root_r = 20
tooth_h = 3.0
tooth_w = 2 * math.pi * root_r / teeth / 2
thickness = 8

gear = cq.Workplane("XY").circle(root_r).extrude(thickness)
teeth_ring = (
    cq.Workplane("XY")
    .polarArray(root_r + tooth_h / 2 - 0.5, 0, 360, teeth)
    .rect(tooth_h + 1, tooth_w)
    .extrude(thickness)
)
result = gear.union(teeth_ring).faces(">Z").workplane().hole(10)
