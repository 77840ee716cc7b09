import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0), subplot_kw={'projection': '3d'})
X, Y = np.meshgrid(np.linspace(-4, 4, 30), np.linspace(-4, 4, 30))
Z = np.cos(X) * np.sin(Y)
ax.plot_surface(X, Y, Z, cmap='viridis', edgecolor="#0072b2", linewidth=0.1)
ax.set_zlabel('z')
ax.set_title("Ripple surface")
ax.set_xlabel("x")
ax.set_ylabel("y")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
