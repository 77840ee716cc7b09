import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x_a = [2.1, 83.2, 74, 49.4, 66.3, 77, 97.9, 29.9, 2.3, 84.3, 58.2, 21.1]
y_a = [-6.5, 73.9, 44.3, 37.9, 34.9, 51, 51.1, 13.1, 0.6, 52.5, 50.4, 8]
ax.scatter(x_a, y_a, s=40, color="#264653", alpha=0.8, label='Group A')
x_b = [89.9, 93.7, 17.3, 30.7, 41.4, 74.3, 14, 94.6, 69.4, 69.8, 4]
y_b = [99.7, 60.9, 14.3, 25.3, 31.3, 76.3, 22.6, 50.6, 77.7, 75.7, 25.2]
ax.scatter(x_b, y_b, s=40, color="#2a9d8f", alpha=0.8, label='Group B')
x_c = [63.1, 8.7, 39.4, 62.2, 45.9, 10.2, 29.6, 99.2, 37.9, 76.2, 75.6, 87.3, 74.5]
y_c = [57.1, 26.6, 60.5, 75.6, 49.8, 39.6, 53.7, 65.3, 60.7, 79.9, 76.8, 83.2, 82.6]
ax.scatter(x_c, y_c, s=40, color="#e9c46a", alpha=0.8, label='Group C')
ax.legend()
ax.set_title("GDP vs life expectancy")
ax.set_xlabel("x")
ax.set_ylabel("y")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
