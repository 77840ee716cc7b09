import cadquery as cq

# Hinge knuckle: plate + barrel along an edge
plate_len, plate_w, plate_t = 40, 20, 2
barrel_r, pin_r = 3, 1.2

plate = cq.Workplane("XY").box(plate_len, plate_w, plate_t, centered=(True, False, False))
barrel = cq.Workplane("YZ").center(0, barrel_r).circle(barrel_r).extrude(plate_len / 2, both=True)
hinge = plate.union(barrel)
pin = cq.Workplane("YZ").center(0, barrel_r).circle(pin_r).extrude(plate_len, both=True)
result = hinge.cut(pin)
