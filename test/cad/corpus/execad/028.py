import cadquery as cq

# A staircase block with 4 steps, each 10 mm high
length = 85
width = 24
steps = 4
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
