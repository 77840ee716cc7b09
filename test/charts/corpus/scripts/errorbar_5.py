import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
x = [1, 2, 4, 8, 16, 32]
y = [29.9, 36.65, 38.6, 44.92, 44.75, 50.07]
err = [2.2, 1.9, 0.9, 0.7, 2.7, 2.1]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#264653", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Speed-up vs threads", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Batch size", fontsize=13)
ax.set_ylabel("Score", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
