import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9})
fig, axes = plt.subplots(1, 2, figsize=(6.4, 2.6))
axes = np.atleast_1d(axes).ravel()
x = [1, 2, 3, 4, 5, 6, 7, 8]
acc = [68.5, 74.6, 79, 82.1, 84.3, 85.9, 87.1, 87.9]
axes[0].plot(x, acc, marker='o', color="#264653")
axes[0].set_title('(a) accuracy')
axes[0].set_xlabel('epoch')
axes[1].bar(['A', 'B', 'C', 'D'], [23, 26, 32, 22], color="#2a9d8f")
axes[1].set_title('(b) runtime')
fig.suptitle("Ablation study")
fig.tight_layout()
plt.savefig('results.png', dpi=200)
