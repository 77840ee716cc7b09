import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
counts = [8, 13, 25, 36, 48, 51, 49, 37, 28, 15]
ax.hist(edges[:-1], bins=edges, weights=counts, color="#264653", edgecolor='white')
ax.set_title("Word counts per document")
ax.set_xlabel("Value")
ax.set_ylabel("Frequency")
