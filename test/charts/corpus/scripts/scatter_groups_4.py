import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x_a = [69.9, 51.2, 54.7, 4.2, 85.1, 32, 29.2, 43]
y_a = [38.2, 13.3, 26.9, 2.7, 78, 11.2, 25.3, 26]
ax.scatter(x_a, y_a, s=40, color="#6a4c93", alpha=0.8, label='Group A')
x_b = [95.6, 24.7, 7.4, 0.4, 38.8, 52.8, 85.3, 88.6, 50.5, 9, 37.7, 77.1, 3]
y_b = [73.2, 28.6, 12.3, 8.2, 26.8, 49.5, 36, 70.2, 28.9, 26.9, 39, 60.3, 22.2]
ax.scatter(x_b, y_b, s=40, color="#1982c4", alpha=0.8, label='Group B')
ax.legend()
ax.set_title("Study time vs score")
ax.set_xlabel("x")
ax.set_ylabel("y")
