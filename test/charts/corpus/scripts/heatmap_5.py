import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
data = np.array([
    [7.2, 4.2, 1.7, 7.1, 0.4, 4.3, 5.3],
    [6.4, 4, 0.9, 2.3, 1.7, 6, 0.6],
    [3.4, 8.2, 7.9, 6.6, 4.1, 7.3, 4.3],
    [4, 8.2, 6.2, 6, 5.4, 1.5, 2.3],
    [0, 8.7, 8.1, 5.6, 0.6, 1.5, 8.2],
    [3.7, 1.5, 3.9, 2.2, 0.9, 3.4, 7.2],
])
rows = ["r1", "r2", "r3", "r4", "r5", "r6"]
cols = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]
im = ax.imshow(data, cmap='Oranges')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
fig.colorbar(im, ax=ax)
ax.set_title("Co-occurrence counts", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
