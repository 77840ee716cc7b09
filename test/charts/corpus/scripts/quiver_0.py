import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
X, Y = np.meshgrid(np.arange(0, 6), np.arange(0, 6))
U = np.cos(X / 1)
V = np.sin(Y / 2)
ax.quiver(X, Y, U, V, color="#355070")
ax.set_title("Wind field")
ax.set_xlabel("x")
ax.set_ylabel("y")
