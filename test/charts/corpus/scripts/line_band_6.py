import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
epochs = np.arange(1, 17)
mean = np.array([49.2, 58.4, 66.7, 72.7, 75.5, 79.5, 82.9, 82.1, 82.9, 85.3, 88.4, 87.1, 86.1, 87.5, 89.1, 88.7])
std = np.array([3.7, 1.7, 3.8, 1, 1.1, 1.2, 1.2, 1.9, 4, 2.9, 3.4, 1.9, 2, 3.7, 3.2, 3.9])
plt.plot(epochs, mean, color="#355070", label='mean')
plt.fill_between(epochs, mean - std, mean + std, color="#355070", alpha=0.25, label='±1 std')
plt.legend(loc='lower right')
plt.title("Calibration curve")
plt.xlabel("Epoch")
plt.ylabel("Accuracy (%)")
plt.tight_layout()
plt.show()
