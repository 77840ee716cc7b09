import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [13.2, 21.9, 42.4, 9.3, 10.9, 41.1, 36.2, 12.9, 6.8, 41.5, 32.9, 22, 27.1, 22.5, 14.6, 43.4]
y = [14, 35, 27.6, 5.2, 20.1, 4.9, 17.5, 33.6, 12.7, 1.6, 12.3, 1.8, 21.4, 45.9, 27.4, 34]
sizes = [143, 336, 279, 268, 373, 194, 81, 247, 335, 319, 341, 139, 165, 22, 156, 306]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='coolwarm', alpha=0.7, edgecolors="#003f5c")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Apps by downloads")
ax.set_xlabel("Income")
ax.set_ylabel("Emissions")
