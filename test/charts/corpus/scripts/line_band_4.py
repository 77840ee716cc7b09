import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
epochs = np.arange(1, 15)
mean = np.array([48.9, 58.3, 64.2, 69.3, 73.6, 80.1, 81.5, 83.8, 85.8, 84, 85.4, 85.8, 87.9, 89.1])
std = np.array([2.2, 2.1, 2.9, 3.9, 1.9, 2.8, 1.2, 2.1, 1.1, 1.3, 1.7, 2.9, 1.6, 3.6])
ax.plot(epochs, mean, color="#1f77b4", label='mean')
ax.fill_between(epochs, mean - std, mean + std, color="#1f77b4", alpha=0.25, label='±1 std')
ax.legend(loc='lower right')
ax.set_title("Learning curve")
ax.set_xlabel("Epoch")
ax.set_ylabel("Accuracy (%)")
