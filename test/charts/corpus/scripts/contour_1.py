import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x = np.linspace(-3, 3, 80)
y = np.linspace(-2, 2, 60)
X, Y = np.meshgrid(x, y)
Z = np.exp(-X**2 - Y**2) * 1.5 + np.exp(-(X - 1.5)**2 - (Y - 0.5)**2)
cs = ax.contourf(X, Y, Z, levels=9, cmap='RdBu_r')
ax.contour(X, Y, Z, levels=9, colors="#003f5c", linewidths=0.5)
fig.colorbar(cs, ax=ax)
ax.set_title("Loss landscape", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
