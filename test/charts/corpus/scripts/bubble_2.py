import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [28.2, 43.8, 41, 12.8, 1, 25.7, 3.1, 12.7, 23.2, 25.7, 5.5, 15.4]
y = [48.8, 4.9, 19.2, 1.8, 39.2, 5, 35.7, 32, 7.9, 9.5, 48.9, 7.9]
sizes = [341, 132, 255, 30, 185, 203, 34, 153, 281, 272, 166, 399]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='coolwarm', alpha=0.7, edgecolors="#6a4c93")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Startups by funding")
ax.set_xlabel("Income")
ax.set_ylabel("Emissions")
