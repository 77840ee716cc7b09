import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x = [4.7, 26.4, 21.1, 36.5, 22.6, 45.9, 4.2, 40.7, 39.4, 47.1, 27.1, 9.3, 9.7, 42.8, 34.9]
y = [22, 12.5, 21.7, 6.7, 23.3, 33, 35, 41.2, 36.7, 25.9, 22.8, 16.5, 8.1, 44.7, 4.2]
sizes = [216, 102, 143, 257, 136, 255, 62, 141, 312, 174, 220, 47, 318, 352, 106]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='plasma', alpha=0.7, edgecolors="#1f77b4")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Cities by density", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Income", fontsize=13)
ax.set_ylabel("Emissions", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
