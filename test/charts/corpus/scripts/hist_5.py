import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]
counts = [6, 15, 24, 37, 47, 56, 56, 45, 32, 25, 11]
ax.hist(edges[:-1], bins=edges, weights=counts, color="#6a4c93", edgecolor='white')
ax.set_title("Session length", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Value", fontsize=13)
ax.set_ylabel("Frequency", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
