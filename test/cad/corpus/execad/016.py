import cadquery as cq

# A staircase block with 2 steps, each 10 mm high
length = 63
width = 42
steps = 2
step_height = 10
step_depth = length / steps

result = None
for i in range(steps):
    block = (
        cq.Workplane("XY")
        .box(length - i * step_depth, width, step_height, centered=(False, True, False))
        .translate((i * step_depth, 0, i * step_height))
    )
    result = block if result is None else result.union(block)
