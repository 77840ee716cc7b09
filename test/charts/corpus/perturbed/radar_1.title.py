import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6), subplot_kw={'projection': 'polar'})
labels = ["Speed", "Power", "Range", "Cost", "Safety", "Comfort"]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
angles += angles[:1]
v0 = [8, 8, 2, 2, 4, 5]
v0 += v0[:1]
ax.plot(angles, v0, color="#4c72b0", linewidth=2, label='option 1')
ax.fill(angles, v0, color="#4c72b0", alpha=0.25)
v1 = [8, 2, 8, 2, 6, 2]
v1 += v1[:1]
ax.plot(angles, v1, color="#dd8452", linewidth=2, label='option 2')
ax.fill(angles, v1, color="#dd8452", alpha=0.25)
ax.set_xticks(angles[:-1], labels)
ax.set_ylim(0, 10)
ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))
ax.set_title("Model capabilities (preliminary)", fontsize=16, fontweight='bold', pad=12)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
