import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
data = np.array([
    [4.6, 0.5, 4.3, 6.3, 2.1, 5.8],
    [4.1, 8.1, 8.4, 2.9, 1.5, 8.4],
    [2.3, 4.3, 7, 0.2, 5.2, 6],
    [8.1, 2, 1.4, 6.8, 7.6, 2.8],
    [6.7, 3.6, 8.1, 8.9, 7.2, 0.6],
])
rows = ["r1", "r2", "r3", "r4", "r5"]
cols = ["c1", "c2", "c3", "c4", "c5", "c6"]
im = ax.imshow(data, cmap='YlGn')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
fig.colorbar(im, ax=ax)
ax.set_title("Harvest by farmer (preliminary)", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
