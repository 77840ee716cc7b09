import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
data = np.array([
    [7.3, 5.4, 5, 4.5, 0.2],
    [4.6, 3.8, 5.2, 7.1, 3.7],
    [4.1, 5.4, 7.4, 7, 8.4],
    [7.5, 7, 0.8, 7.1, 5],
])
rows = ["r1", "r2", "r3", "r4"]
cols = ["c1", "c2", "c3", "c4", "c5"]
im = ax.imshow(data, cmap='magma')
ax.set_xticks(range(len(cols)), cols)
ax.set_yticks(range(len(rows)), rows)
fig.colorbar(im, ax=ax)
ax.set_title("Attention weights")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
