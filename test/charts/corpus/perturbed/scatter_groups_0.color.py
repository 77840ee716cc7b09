import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x_a = [78.5, 66.6, 27.8, 43.6, 1.6, 14.9, 80.2, 92, 32.7, 52.8, 36]
y_a = [30.1, 34.8, 11.4, 32.2, 0.7, 12.5, 28.4, 31.4, 32, 40, 24.8]
ax.scatter(x_a, y_a, s=40, color="#ff00ff", alpha=0.8, label='Group A')
x_b = [51.5, 67.2, 97.5, 51.5, 73.8, 66.3, 31, 52.2]
y_b = [60, 55.5, 95.2, 62.5, 54.1, 61.6, 30.3, 46.2]
ax.scatter(x_b, y_b, s=40, color="#ff7f0e", alpha=0.8, label='Group B')
ax.legend()
ax.set_title("Height vs weight")
ax.set_xlabel("x")
ax.set_ylabel("y")
