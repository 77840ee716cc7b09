import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x_a = [32.1, 30, 22.5, 44.4, 56.2, 2.4, 91.4, 1.4, 9.8, 24.9, 13.9, 96.5, 94.3]
y_a = [23.9, 15.3, 13.1, 24, 20, 6.4, 55.7, -5.2, 0.3, 18.7, 15.4, 93.9, 74.6]
ax.scatter(x_a, y_a, s=40, color="#ff00ff", alpha=0.8, label='Group A')
x_b = [44.9, 16.3, 54.4, 30.4, 64.7, 31.9, 67.3, 82.8]
y_b = [44.1, 30.5, 61, 22.9, 67.7, 42.5, 74.5, 72.2]
ax.scatter(x_b, y_b, s=40, color="#58508d", alpha=0.8, label='Group B')
x_c = [85.2, 17.7, 19.6, 9.4, 43.7, 80.8, 53.8, 34, 98.8, 13.3, 3.5, 87.6, 44, 37.2]
y_c = [87.8, 52, 38.4, 29.2, 57.3, 70.6, 53.4, 63.6, 101, 39.3, 31.8, 80.8, 41.2, 54.3]
ax.scatter(x_c, y_c, s=40, color="#bc5090", alpha=0.8, label='Group C')
ax.legend()
ax.set_title("Price vs rating", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
