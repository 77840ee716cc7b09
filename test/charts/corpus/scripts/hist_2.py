import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
edges = [0, 10, 20, 30, 40, 50, 60, 70, 80]
counts = [7, 22, 32, 51, 52, 49, 35, 18]
plt.hist(edges[:-1], bins=edges, weights=counts, color="#003f5c", edgecolor='white')
plt.title("Height distribution")
plt.xlabel("Value")
plt.ylabel("Frequency")
plt.tight_layout()
plt.show()
