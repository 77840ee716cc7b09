import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
data = np.array([
    [6.7, 5.3, 1.4, 6.7],
    [6.8, 6.7, 7.3, 0.6],
    [3.4, 8.9, 4.3, 6.7],
    [7.1, 0.7, 8.9, 5.6],
])
rows = ["r1", "r2", "r3", "r4"]
cols = ["c1", "c2", "c3", "c4"]
im = ax.imshow(data, cmap='cividis')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
for r in range(len(rows)):
    for k in range(len(cols)):
        ax.text(k, r, f'{data[r, k]:.1f}', ha='center', va='center', color='w')
fig.colorbar(im, ax=ax)
ax.set_title("Pairwise distances")
