import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9})
fig, axes = plt.subplots(1, 3, figsize=(9.600000000000001, 2.6))
axes = np.atleast_1d(axes).ravel()
x = [1, 2, 3, 4, 5, 6, 7, 8]
acc = [68.5, 74.6, 79, 82.1, 84.3, 85.9, 87.1, 87.9]
axes[0].plot(x, acc, marker='o', color="#0072b2")
axes[0].set_title('(a) accuracy')
axes[0].set_xlabel('epoch')
axes[1].bar(['A', 'B', 'C', 'D'], [20, 32, 38, 21], color="#e69f00")
axes[1].set_title('(b) runtime')
axes[2].scatter([1, 2, 3, 4, 5, 6, 7, 8], [7.2, 1.6, 2.6, 7.5, 6.7, 4.8, 6.3, 6.4], color="#009e73")
axes[2].set_title('(c) error')
fig.suptitle("Training dynamics")
fig.tight_layout()
plt.savefig('results.png', dpi=200)
