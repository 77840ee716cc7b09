import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
x_a = [39.9, 70.2, 9.6, 64.3, 35.4, 56.1, 97.2, 38.6, 94.8, 69, 45.2]
y_a = [22.1, 24.7, -0.8, 21.7, 9.2, 15.6, 43.8, 28.3, 33.3, 52.6, 39.6]
plt.scatter(x_a, y_a, s=40, color="#355070", alpha=0.8, label='Group A')
x_b = [58.8, 64.4, 98.2, 76, 74.8, 13.8, 81.8, 17.9, 20, 49.6, 45.5, 35.8]
y_b = [38.4, 57.7, 46.5, 47.5, 75.5, 16.1, 76.6, 28.4, 24, 45.5, 30.9, 40.6]
plt.scatter(x_b, y_b, s=40, color="#6d597a", alpha=0.8, label='Group B')
plt.legend()
plt.title("Latency vs throughput")
plt.xlabel("x")
plt.ylabel("y")
plt.tight_layout()
plt.show()
