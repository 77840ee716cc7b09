import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9})
fig, axes = plt.subplots(2, 2, figsize=(6.4, 5.2))
axes = np.atleast_1d(axes).ravel()
x = [1, 2, 3, 4, 5, 6, 7, 8]
acc = [68.5, 74.6, 79, 82.1, 84.3, 85.9, 87.1, 87.9]
axes[0].plot(x, acc, marker='o', color="#6a4c93")
axes[0].set_title('(a) accuracy')
axes[0].set_xlabel('epoch')
axes[1].bar(['A', 'B', 'C', 'D'], [29, 13, 11, 40], color="#1982c4")
axes[1].set_title('(b) runtime')
axes[2].scatter([1, 2, 3, 4, 5, 6, 7, 8], [3, 6.5, 0.1, 3.8, 9.8, 9, 8.3, 3.3], color="#8ac926")
axes[2].set_title('(c) error')
axes[3].hist(np.random.default_rng(2).normal(0, 1, 300), bins=20, color="#ffca3a")
axes[3].set_title('(d) residuals')
fig.suptitle("Scaling behaviour")
fig.tight_layout()
plt.savefig('results.png', dpi=200)
