import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
n = np.arange(15)
h = [10, 4.42, -2.79, -5.43, -2.94, 1.04, 2.89, 1.86, -0.29, -1.51, -1.14, 0, 0.77, 0.67, 0.08]
markerline, stemlines, baseline = ax.stem(n, h)
markerline.set_color("#6a4c93")
stemlines.set_color("#6a4c93")
ax.set_title("Autocorrelation", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("n", fontsize=13)
ax.set_ylabel("h[n]", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
