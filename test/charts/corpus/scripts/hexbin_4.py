import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(4)
x = rng.normal(0, 1, 2000)
y = x * 0.8 + rng.normal(0, 1, 2000)
hb = ax.hexbin(x, y, gridsize=19, cmap='inferno', edgecolors="#0072b2")
fig.colorbar(hb, ax=ax, label='count')
ax.set_title("Star positions")
ax.set_xlabel("x")
ax.set_ylabel("y")
