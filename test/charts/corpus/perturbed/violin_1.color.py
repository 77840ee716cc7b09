import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
rng = np.random.default_rng(4)
centers = [27, 26, 16, 40]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = ax.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#ff00ff")
    body.set_alpha(0.7)
ax.set_xticks(range(1, 5), ["set 1", "set 2", "set 3", "set 4"])
ax.set_title("Rating distribution", fontsize=16, fontweight='bold', pad=12)
ax.set_ylabel("Measurement", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
