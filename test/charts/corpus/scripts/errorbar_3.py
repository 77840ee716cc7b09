import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x = [1, 2, 4, 8, 16, 32, 64, 128]
y = [28.4, 36.95, 39.1, 44.72, 44.75, 49.07, 49.6, 51.6]
err = [0.9, 1, 2.6, 1.7, 1.2, 2.8, 1.4, 2.9]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#003f5c", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Ablation results")
ax.set_xlabel("Batch size")
ax.set_ylabel("Score")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
