import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [26.5, 10, 20, 24.6, 34.4, 21.4, 38.3, 3.7, 47.3, 24.8, 14.4, 13, 2.4, 35.4]
y = [2.5, 11.4, 6.6, 38.4, 22.8, 47.9, 38.5, 20.2, 43.1, 29.3, 29.6, 24.1, 44.5, 17.9]
sizes = [86, 225, 43, 279, 290, 198, 28, 375, 338, 259, 297, 377, 212, 349]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='viridis', alpha=0.7, edgecolors="#0072b2")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Stores by sales")
ax.set_xlabel("Income")
ax.set_ylabel("Emissions")
