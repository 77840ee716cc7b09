import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
epochs = np.arange(1, 13)
mean = np.array([50.3, 59.5, 66.9, 72.5, 76.1, 77.5, 79.3, 84.4, 84, 85.3, 86, 88.8])
std = np.array([2.7, 1.1, 1.7, 3.4, 4, 1.6, 2.8, 1.4, 1.9, 1.5, 3.2, 2.5])
plt.plot(epochs, mean, color="#4c72b0", label='mean')
plt.fill_between(epochs, mean - std, mean + std, color="#4c72b0", alpha=0.25, label='±1 std')
plt.legend(loc='lower right')
plt.title("Mean reward per episode")
plt.xlabel("Epoch")
plt.ylabel("Accuracy (%)")
plt.tight_layout()
plt.show()
