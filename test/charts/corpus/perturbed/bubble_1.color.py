import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x = [9.5, 2.6, 11.5, 11.7, 5.8, 47, 13, 13, 17.9, 10.5, 32.7]
y = [18.2, 43.7, 22.6, 24.7, 23.6, 27.3, 20, 1.7, 35.2, 41.5, 20]
sizes = [206, 25, 151, 316, 319, 216, 349, 319, 317, 382, 264]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='spring', alpha=0.7, edgecolors="#ff00ff")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Projects by cost and value", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Income", fontsize=13)
ax.set_ylabel("Emissions", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
