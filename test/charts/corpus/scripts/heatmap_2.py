import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
data = np.array([
    [8.7, 3.5, 6.6, 3.8, 3.9, 5.2],
    [0.7, 1.2, 1, 3.8, 6.7, 2.3],
    [8.1, 0.9, 5.3, 7, 3, 5.7],
    [5.9, 3.4, 8.2, 6.4, 8.7, 5.5],
    [8.4, 4.7, 2.2, 1.2, 4.7, 0.4],
    [2.2, 1.4, 1.1, 5, 0.4, 4.4],
])
rows = ["r1", "r2", "r3", "r4", "r5", "r6"]
cols = ["c1", "c2", "c3", "c4", "c5", "c6"]
im = ax.imshow(data, cmap='Blues')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
for r in range(len(rows)):
    for k in range(len(cols)):
        ax.text(k, r, f'{data[r, k]:.1f}', ha='center', va='center', color='w')
fig.colorbar(im, ax=ax)
ax.set_title("Confusion matrix")
