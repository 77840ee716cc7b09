import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(2)
x = rng.normal(0, 1, 2000)
y = x * 1.1 + rng.normal(0, 1, 2000)
hb = ax.hexbin(x, y, gridsize=17, cmap='Greens', edgecolors="#6a4c93")
fig.colorbar(hb, ax=ax, label='count')
ax.set_title("Pixel intensities")
ax.set_xlabel("x")
ax.set_ylabel("y")
