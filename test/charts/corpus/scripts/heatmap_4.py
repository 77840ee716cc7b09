import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
data = np.array([
    [3.1, 6.7, 2.7, 4.8, 7.6],
    [6.3, 3.3, 0.5, 8.4, 1.8],
    [4.2, 6.5, 3.9, 0.2, 4.2],
    [8.3, 0.4, 0.9, 3.3, 7.5],
    [8.6, 2.3, 2, 5, 0.9],
])
rows = ["r1", "r2", "r3", "r4", "r5"]
cols = ["c1", "c2", "c3", "c4", "c5"]
im = ax.imshow(data, cmap='coolwarm')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
for r in range(len(rows)):
    for k in range(len(cols)):
        ax.text(k, r, f'{data[r, k]:.1f}', ha='center', va='center', color='w')
fig.colorbar(im, ax=ax)
ax.set_title("Hourly load")
