import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
epochs = np.arange(1, 11)
mean = np.array([49.6, 59.4, 64.2, 70.5, 77.1, 121.55, 80.2, 81.2, 83.9, 84.3])
std = np.array([2.9, 1.8, 3.2, 1.5, 3.9, 1.7, 1.3, 4, 1.1, 4])
ax.plot(epochs, mean, color="#264653", label='mean')
ax.fill_between(epochs, mean - std, mean + std, color="#264653", alpha=0.25, label='±1 std')
ax.legend(loc='lower right')
ax.set_title("Validation accuracy over epochs")
ax.set_xlabel("Epoch")
ax.set_ylabel("Accuracy (%)")
