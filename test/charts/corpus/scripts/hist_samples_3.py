import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
rng = np.random.default_rng(10)
a = rng.normal(8.5, 1.5, 400)
b = rng.normal(10.5, 1.0, 300)
ax.hist(a, bins=25, alpha=0.6, color="#1f77b4", label='group a')
ax.hist(b, bins=25, alpha=0.6, color="#ff7f0e", label='group b')
ax.legend()
ax.set_title("Bootstrap means")
ax.set_xlabel("Value")
ax.set_ylabel("Count")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
