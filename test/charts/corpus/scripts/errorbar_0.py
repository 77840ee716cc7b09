import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
x = [1, 2, 4, 8, 16]
y = [29.3, 35.25, 38.8, 42.62, 47.25]
err = [1.6, 1.3, 1, 1.8, 2.9]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#4c72b0", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Mean accuracy over 5 seeds")
ax.set_xlabel("Batch size")
ax.set_ylabel("Score")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
