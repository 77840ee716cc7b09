import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
rng = np.random.default_rng(8)
a = rng.normal(2.1, 1.5, 400)
b = rng.normal(4.1, 1.0, 300)
ax.hist(a, bins=25, alpha=0.6, color="#4c72b0", label='group a')
ax.hist(b, bins=25, alpha=0.6, color="#dd8452", label='group b')
ax.legend()
ax.set_title("Two overlapping populations", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Value", fontsize=13)
ax.set_ylabel("Count", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
