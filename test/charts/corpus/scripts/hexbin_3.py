import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
rng = np.random.default_rng(3)
x = rng.normal(0, 1, 2000)
y = x * 0.5 + rng.normal(0, 1, 2000)
hb = ax.hexbin(x, y, gridsize=18, cmap='Blues', edgecolors="#4c72b0")
fig.colorbar(hb, ax=ax, label='count')
ax.set_title("Click heat")
ax.set_xlabel("x")
ax.set_ylabel("y")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
