import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8), subplot_kw={'projection': '3d'})
X, Y = np.meshgrid(np.linspace(-4, 4, 30), np.linspace(-4, 4, 30))
Z = np.sin(np.sqrt(X**2 + Y**2)) * 2
ax.plot_surface(X, Y, Z, cmap='viridis', edgecolor="#264653", linewidth=0.1)
ax.set_zlabel('z')
ax.set_title("3D surface of sin(r)")
ax.set_xlabel("x")
ax.set_ylabel("y")
