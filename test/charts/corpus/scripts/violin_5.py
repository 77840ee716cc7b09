import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
rng = np.random.default_rng(8)
centers = [15, 40, 11, 38, 32]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = ax.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#1f77b4")
    body.set_alpha(0.7)
ax.set_xticks(range(1, 6), ["set 1", "set 2", "set 3", "set 4", "set 5"])
ax.set_title("Energy per run", fontsize=16, fontweight='bold', pad=12)
ax.set_ylabel("Measurement", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
