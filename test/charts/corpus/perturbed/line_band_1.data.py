import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
epochs = np.arange(1, 12)
mean = np.array([48.5, 57.7, 66.5, 72.5, 75.2, 122.75, 80.9, 82.1, 84, 87.3, 84.7])
std = np.array([3.9, 2.2, 1.8, 1.2, 1.6, 1.6, 2.2, 3.7, 3.2, 2.4, 1.7])
ax.plot(epochs, mean, color="#6a4c93", label='mean')
ax.fill_between(epochs, mean - std, mean + std, color="#6a4c93", alpha=0.25, label='±1 std')
ax.legend(loc='lower right')
ax.set_title("Forecast with 95% interval", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Epoch", fontsize=13)
ax.set_ylabel("Accuracy (%)", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
