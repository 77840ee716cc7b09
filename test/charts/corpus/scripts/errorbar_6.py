import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x = [1, 2, 4, 8, 16, 32, 64]
y = [30.2, 36.85, 38.5, 43.42, 47.15, 46.67, 50.3]
err = [2.8, 2.7, 2.1, 1.2, 2.5, 1.9, 2.3]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#6a4c93", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Error vs sample size")
ax.set_xlabel("Batch size")
ax.set_ylabel("Score")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
