import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
X, Y = np.meshgrid(np.arange(0, 9), np.arange(0, 6))
U = np.cos(X / 1)
V = np.sin(Y / 2)
ax.quiver(X, Y, U, V, color="#4c72b0")
ax.set_title("Electric field")
ax.set_xlabel("x")
ax.set_ylabel("y")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
