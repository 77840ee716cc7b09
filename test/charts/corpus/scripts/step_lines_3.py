import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
t = np.arange(11)
level = [19, 11, 20, 2, 12, 4, 13, 18, 12, 10, 6]
ax.step(t, level, where='post', color="#6a4c93", label='level')
ax.axhline(10, color='gray', linestyle=':')
ax.legend()
ax.set_title("Server count")
ax.set_xlabel("Time")
ax.set_ylabel("Units")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
