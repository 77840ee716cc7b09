import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0), subplot_kw={'projection': 'polar'})
labels = ["Speed", "Power", "Range", "Cost", "Safety"]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
angles += angles[:1]
v0 = [6, 9, 3, 3, 4]
v0 += v0[:1]
ax.plot(angles, v0, color="#1f77b4", linewidth=2, label='option 1')
ax.fill(angles, v0, color="#1f77b4", alpha=0.25)
v1 = [9, 8, 3, 5, 3]
v1 += v1[:1]
ax.plot(angles, v1, color="#ff7f0e", linewidth=2, label='option 2')
ax.fill(angles, v1, color="#ff7f0e", alpha=0.25)
ax.set_xticks(angles[:-1], labels)
ax.set_ylim(0, 10)
ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))
ax.set_title("Product comparison")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
