import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
edges = [0, 10, 20, 30, 40, 50, 60]
counts = [6, 25, 40, 89, 46, 23]
ax.hist(edges[:-1], bins=edges, weights=counts, color="#0072b2", edgecolor='white')
ax.set_title("Distribution of exam scores")
ax.set_xlabel("Value")
ax.set_ylabel("Frequency")
