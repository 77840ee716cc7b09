import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [1.1, 26.3, 22.9, 49.4, 20.7, 24.5, 31.2, 17.1, 18.8, 2.2]
y = [42.7, 14.2, 45.7, 1, 25.2, 1.7, 20.2, 11.5, 44.6, 30.6]
sizes = [389, 195, 246, 336, 103, 253, 306, 321, 245, 57]
sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='viridis', alpha=0.7, edgecolors="#355070")
fig.colorbar(sc, ax=ax, label='Size')
ax.set_title("Countries by income and emissions (preliminary)")
ax.set_xlabel("Income")
ax.set_ylabel("Emissions")
