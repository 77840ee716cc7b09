import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
n = np.arange(13)
h = [10, 4.42, -2.79, -5.43, -2.94, 1.04, 2.89, 1.86, -0.29, -1.51, -1.14, 0, 0.77]
markerline, stemlines, baseline = ax.stem(n, h)
markerline.set_color("#355070")
stemlines.set_color("#355070")
ax.set_title("Event counts")
ax.set_xlabel("n")
ax.set_ylabel("h[n]")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
