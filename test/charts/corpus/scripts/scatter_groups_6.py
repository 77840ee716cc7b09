import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
x_a = [78.4, 59.9, 57.8, 20.4, 58.2, 5.6, 2.1, 67.9, 3.9, 74.4]
y_a = [60, 23.6, 21.6, 7.6, 33.1, 7.2, -0.1, 27.2, -6, 23.3]
plt.scatter(x_a, y_a, s=40, color="#0072b2", alpha=0.8, label='Group A')
x_b = [29.4, 82.5, 40.1, 79.6, 10.9, 72.7, 51.7, 59.2, 18, 57.9, 56.5]
y_b = [23.1, 34.4, 34.8, 61, 15.8, 46.5, 43.7, 26, 38, 41.3, 43.1]
plt.scatter(x_b, y_b, s=40, color="#e69f00", alpha=0.8, label='Group B')
plt.legend()
plt.title("Feature embedding")
plt.xlabel("x")
plt.ylabel("y")
plt.tight_layout()
plt.show()
