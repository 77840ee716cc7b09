import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(0)
x = rng.normal(0, 1, 2000)
y = x * 0.5 + rng.normal(0, 1, 2000)
hb = ax.hexbin(x, y, gridsize=15, cmap='Blues', edgecolors="#355070")
fig.colorbar(hb, ax=ax, label='count')
ax.set_title("Joint density of two variables")
ax.set_xlabel("x")
ax.set_ylabel("y")
