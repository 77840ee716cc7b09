import cadquery as cq

# A staircase block with 3 steps, each 5 mm high
length = 76
width = 45
steps = 3
step_height = 5
step_depth = length / steps

result = None
for i in range(steps):
    block = (
        cq.Workplane("XY")
        .box(length - i * step_depth, width, step_height, centered=(False, True, False))
        .translate((i * step_depth, 0, i * step_height))
    )
    result = block if result is None else result.union(block)
