import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9})
fig, axes = plt.subplots(2, 2, figsize=(6.4, 5.2))
axes = np.atleast_1d(axes).ravel()
x = [1, 2, 3, 4, 5, 6, 7, 8]
acc = [68.5, 74.6, 79, 82.1, 84.3, 85.9, 87.1, 87.9]
axes[0].plot(x, acc, marker='o', color="#1f77b4")
axes[0].set_title('(a) accuracy')
axes[0].set_xlabel('epoch')
axes[1].bar(['A', 'B', 'C', 'D'], [21, 40, 36, 30], color="#ff7f0e")
axes[1].set_title('(b) runtime')
axes[2].scatter([1, 2, 3, 4, 5, 6, 7, 8], [7.1, 9.7, 7.2, 5.6, 4.6, 6.9, 6.6, 8.4], color="#2ca02c")
axes[2].set_title('(c) error')
axes[3].hist(np.random.default_rng(5).normal(0, 1, 300), bins=20, color="#d62728")
axes[3].set_title('(d) residuals')
fig.suptitle("Dataset statistics")
fig.tight_layout()
plt.savefig('results.png', dpi=200)
