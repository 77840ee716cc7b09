import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
rng = np.random.default_rng(14)
labels = ["North", "South", "East"]
means = [55, 27, 21]
data = [rng.normal(m, 6, 80) for m in means]
bp = ax.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#6a4c93")
ax.set_title("Runtime by solver")
ax.set_ylabel("Value")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
