import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
X, Y = np.meshgrid(np.arange(0, 7), np.arange(0, 6))
U = np.cos(X / 3)
V = np.sin(Y / 2)
ax.quiver(X, Y, U, V, color="#264653")
ax.set_title("Gradient field", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("x", fontsize=13)
ax.set_ylabel("y", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
