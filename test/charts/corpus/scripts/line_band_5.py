import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
epochs = np.arange(1, 16)
mean = np.array([48.3, 59.2, 66.2, 70, 77.2, 78.2, 82.1, 83.6, 83.1, 85.4, 84.8, 87.4, 89.3, 89.8, 87.4])
std = np.array([3.4, 2.2, 3.4, 2.2, 1.4, 1.1, 1.8, 3.1, 3.5, 2.9, 1.5, 2.6, 1.5, 1.7, 1.7])
ax.plot(epochs, mean, color="#003f5c", label='mean')
ax.fill_between(epochs, mean - std, mean + std, color="#003f5c", alpha=0.25, label='±1 std')
ax.legend(loc='lower right')
ax.set_title("Demand forecast", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Epoch", fontsize=13)
ax.set_ylabel("Accuracy (%)", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
