import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
X, Y = np.meshgrid(np.arange(0, 8), np.arange(0, 6))
U = np.cos(X / 3)
V = np.sin(Y / 2)
plt.quiver(X, Y, U, V, color="#6a4c93")
plt.title("Ocean currents")
plt.xlabel("x")
plt.ylabel("y")
plt.tight_layout()
plt.show()
