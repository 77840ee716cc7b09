import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x = np.linspace(-3, 3, 80)
y = np.linspace(-2, 2, 60)
X, Y = np.meshgrid(x, y)
Z = np.exp(-X**2 - Y**2) * 1 + np.exp(-(X - 1.5)**2 - (Y - 0.5)**2)
cs = ax.contourf(X, Y, Z, levels=11, cmap='plasma')
ax.contour(X, Y, Z, levels=11, colors="#264653", linewidths=0.5)
fig.colorbar(cs, ax=ax)
ax.set_title("Gaussian mixture density")
ax.set_xlabel("x")
ax.set_ylabel("y")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
