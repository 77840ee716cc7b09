import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["ResNet", "ViT", "ConvNeXt", "Swin", "DeiT"]
data = {
    "2023": [51.9, 41.3, 78.8, 29.8, 76.5],
    "2024": [70.3, 21, 87.2, 81.2, 63.4],
    "Baseline": [27.1, 36.2, 54.8, 56.1, 53.6],
}
colors = ["#1f77b4", "#ff7f0e", "#2ca02c"]
x = np.arange(len(labels))
width = 0.27
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 1) * width
    ax.bar(x + offset, vals, width, label=name, color=colors[k])
ax.set_xticks(x, labels)
ax.legend(loc='upper left', ncols=3)
ax.set_ylim(0, 110)
ax.set_title("Scores by group and gender (preliminary)", fontsize=16, fontweight='bold', pad=12)
ax.set_ylabel("Score", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
