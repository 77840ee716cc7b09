import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
data = np.array([
    [0.1, 3.8, 2, 4.2],
    [1.9, 6.5, 7.5, 2.3],
    [4.9, 4, 0.9, 5.7],
    [6.4, 8.4, 7, 5.1],
])
rows = ["r1", "r2", "r3", "r4"]
cols = ["c1", "c2", "c3", "c4"]
im = ax.imshow(data, cmap='viridis')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
for r in range(len(rows)):
    for k in range(len(cols)):
        ax.text(k, r, f'{data[r, k]:.1f}', ha='center', va='center', color='w')
fig.colorbar(im, ax=ax)
ax.set_title("Correlation matrix (preliminary)")
