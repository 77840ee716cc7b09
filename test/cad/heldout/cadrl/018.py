import cadquery as cq

params = {"length": 60, "width": 25, "height": 15, "pocket_depth": 8, "wall": 3}

block = cq.Workplane("XY").box(params["length"], params["width"], params["height"])
pocket = (
    block.faces(">Z")
    .workplane()
    .rect(params["length"] - 2 * params["wall"], params["width"] - 2 * params["wall"])
    .cutBlind(-params["pocket_depth"])
)
result = pocket.faces(">Z").edges().fillet(0.8)
show_object(result)
