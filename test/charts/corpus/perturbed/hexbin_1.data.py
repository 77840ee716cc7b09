import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
rng = np.random.default_rng(1)
x = rng.normal(0, 1, 2000)
y = x * 2.5 + rng.normal(0, 1, 2000)
hb = ax.hexbin(x, y, gridsize=16, cmap='inferno', edgecolors="#264653")
fig.colorbar(hb, ax=ax, label='count')
ax.set_title("Pickup locations", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
