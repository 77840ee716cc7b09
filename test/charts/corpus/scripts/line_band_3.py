import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
epochs = np.arange(1, 14)
mean = np.array([48.1, 58.6, 63.8, 71.4, 76.7, 78.6, 80.4, 82.7, 84.4, 87, 87.5, 86.5, 88.9])
std = np.array([1.9, 3.8, 3.5, 3.1, 2.4, 3.9, 2.8, 1.5, 3.8, 1.8, 2.2, 1.3, 1.4])
ax.plot(epochs, mean, color="#0072b2", label='mean')
ax.fill_between(epochs, mean - std, mean + std, color="#0072b2", alpha=0.25, label='±1 std')
ax.legend(loc='lower right')
ax.set_title("Sensor reading with uncertainty")
ax.set_xlabel("Epoch")
ax.set_ylabel("Accuracy (%)")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
