import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]
counts = [6, 12, 18, 30, 42, 52, 57, 53, 39, 33, 22, 10]
plt.hist(edges[:-1], bins=edges, weights=counts, color="#4c72b0", edgecolor='white')
plt.title("Order values")
plt.xlabel("Value")
plt.ylabel("Frequency")
plt.tight_layout()
plt.show()
