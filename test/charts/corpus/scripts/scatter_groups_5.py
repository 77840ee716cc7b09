import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x_a = [6.4, 31.8, 69.7, 46.8, 73.4, 37, 43.8, 68.1, 71.9, 75.4, 47.6, 62, 64.6, 86.6]
y_a = [6.8, 19.8, 20.3, 35.5, 46.6, 22.5, 28.5, 58.3, 44.8, 51, 43.2, 32.5, 57.8, 38.2]
ax.scatter(x_a, y_a, s=40, color="#4c72b0", alpha=0.8, label='Group A')
x_b = [30.7, 47.2, 14, 59.3, 47.6, 2.1, 39.9, 85.6, 12.3, 6.8, 86.2, 61.2, 90.3, 5.7]
y_b = [44.9, 34.9, 32.6, 30.8, 21.5, 15.2, 33, 78.9, 30.7, 23.4, 85.2, 34, 64.3, 18.1]
ax.scatter(x_b, y_b, s=40, color="#dd8452", alpha=0.8, label='Group B')
x_c = [49.2, 37.9, 95.1, 42.8, 93.1, 66.5, 11.2, 83, 73.5, 21.9]
y_c = [58.2, 51.7, 88, 72.3, 102.8, 49.6, 32, 59.3, 100.5, 54.2]
ax.scatter(x_c, y_c, s=40, color="#55a868", alpha=0.8, label='Group C')
ax.legend()
ax.set_title("Engine size vs mileage", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
