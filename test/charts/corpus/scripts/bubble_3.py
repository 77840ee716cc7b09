import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x = [27.4, 25, 19.7, 12.4, 23.8, 32.1, 29.4, 27.7, 44.9, 21.4, 28.9, 37.1, 49.8]
y = [24.7, 1.6, 2.8, 49.4, 13.8, 47.1, 29.2, 4.5, 11, 14.9, 43.4, 41.8, 44.9]
sizes = [224, 93, 181, 304, 325, 185, 387, 220, 38, 394, 186, 293, 247]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='magma', alpha=0.7, edgecolors="#4c72b0")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Species by size and speed")
ax.set_xlabel("Income")
ax.set_ylabel("Emissions")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
