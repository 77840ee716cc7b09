import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
rng = np.random.default_rng(6)
centers = [26, 24, 21]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = ax.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#4c72b0")
    body.set_alpha(0.7)
ax.set_xticks(range(1, 4), ["set 1", "set 2", "set 3"])
ax.set_title("Reaction times")
ax.set_ylabel("Measurement")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
