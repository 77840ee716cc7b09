import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
rng = np.random.default_rng(12)
labels = ["Oslo", "Lima", "Perth", "Quito"]
means = [20, 36, 55, 55]
data = [rng.normal(m, 6, 80) for m in means]
bp = ax.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#355070")
ax.set_title("Scores by class", fontsize=16, fontweight='bold', pad=12)
ax.set_ylabel("Value", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
