import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["Apples", "Pears", "Plums", "Cherries", "Grapes", "Figs"]
data = {
    "2024": [24.6, 72, 59.1, 52.2, 31.1, 44.5],
    "Baseline": [50.7, 46, 85.3, 34.2, 39.9, 59.5],
    "Ours": [77.1, 52.6, 65.2, 72.3, 44.6, 50.7],
    "Control": [36, 45.7, 72.8, 20.1, 61.1, 49],
}
colors = ["#6a4c93", "#1982c4", "#8ac926", "#ffca3a"]
x = np.arange(len(labels))
width = 0.2
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 1.5) * width
    ax.bar(x + offset, vals, width, label=name, color=colors[k])
ax.set_xticks(x, labels)
ax.legend(loc='upper left', ncols=4)
ax.set_ylim(0, 110)
ax.set_title("Exports by year", fontsize=16, fontweight='bold', pad=12)
ax.set_ylabel("Score", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
