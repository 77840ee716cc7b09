import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
edges = [0, 10, 20, 30, 40, 50, 60, 70]
counts = [12, 22, 40, 54, 52, 40, 18]
ax.hist(edges[:-1], bins=edges, weights=counts, color="#1f77b4", edgecolor='white')
ax.set_title("Response time histogram (preliminary)", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Value", fontsize=13)
ax.set_ylabel("Frequency", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
