import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = np.linspace(-3, 3, 80)
y = np.linspace(-2, 2, 60)
X, Y = np.meshgrid(x, y)
Z = np.exp(-X**2 - Y**2) * 1 + np.exp(-(X - 1.5)**2 - (Y - 0.5)**2)
cs = ax.contourf(X, Y, Z, levels=8, cmap='viridis')
ax.contour(X, Y, Z, levels=8, colors="#ff00ff", linewidths=0.5)
fig.colorbar(cs, ax=ax)
ax.set_title("Potential field")
ax.set_xlabel("x")
ax.set_ylabel("y")
