import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6), subplot_kw={'projection': '3d'})
X, Y = np.meshgrid(np.linspace(-4, 4, 30), np.linspace(-4, 4, 30))
Z = X**2 - Y**2
ax.plot_surface(X, Y, Z, cmap='coolwarm', edgecolor="#6a4c93", linewidth=0.1)
ax.set_zlabel('z')
ax.set_title("Saddle surface", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
