import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6), subplot_kw={'projection': 'polar'})
labels = ["Speed", "Power", "Range", "Cost", "Safety", "Comfort", "Style"]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
angles += angles[:1]
v0 = [5, 7, 5, 6, 8, 3, 7]
v0 += v0[:1]
ax.plot(angles, v0, color="#355070", linewidth=2, label='option 1')
ax.fill(angles, v0, color="#355070", alpha=0.25)
v1 = [6, 6, 9, 7, 7, 2, 7]
v1 += v1[:1]
ax.plot(angles, v1, color="#6d597a", linewidth=2, label='option 2')
ax.fill(angles, v1, color="#6d597a", alpha=0.25)
ax.set_xticks(angles[:-1], labels)
ax.set_ylim(0, 10)
ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))
ax.set_title("Team ratings", fontsize=16, fontweight='bold', pad=12)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
