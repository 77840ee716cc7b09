import cadquery as cq

# Heat sink: base plate with an array of fins
base_l, base_w, base_t = 50, 40, 4
fin_t, fin_h, n_fins = 1.5, 20, 9
pitch = (base_l - fin_t) / (n_fins - 1)

heatsink = cq.Workplane("XY").box(base_l, base_w, base_t, centered=(True, True, False))
fins = (
    cq.Workplane("XY")
    .workplane(offset=base_t)
    .rarray(pitch, 1, n_fins, 1)
    .rect(fin_t, base_w)
    .extrude(fin_h)
)
result = heatsink.union(fins)
