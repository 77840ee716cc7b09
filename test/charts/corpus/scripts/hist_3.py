import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
counts = [6, 14, 28, 41, 57, 50, 46, 28, 18]
ax.hist(edges[:-1], bins=edges, weights=counts, color="#355070", edgecolor='white')
ax.set_title("Residuals")
ax.set_xlabel("Value")
ax.set_ylabel("Frequency")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
