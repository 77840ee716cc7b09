import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x = [1, 2, 4, 8, 16, 32, 64]
y = [28.4, 36.65, 38.5, 41.32, 47.05, 48.37, 50.3]
err = [1.6, 1.3, 1.5, 0.6, 0.9, 2.4, 1]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#1f77b4", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Throughput vs batch size", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Batch size", fontsize=13)
ax.set_ylabel("Score", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
