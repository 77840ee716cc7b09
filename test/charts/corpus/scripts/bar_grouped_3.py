import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
labels = ["Python", "Java", "Go", "Rust", "C++"]
data = {
    "2022": [60.4, 69.2, 60.7, 31.1, 29.7],
    "2023": [29.7, 71.4, 40.9, 25.7, 49.8],
}
colors = ["#355070", "#6d597a"]
x = np.arange(len(labels))
width = 0.4
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 0.5) * width
    ax.bar(x + offset, vals, width, label=name, color=colors[k])
ax.set_xticks(x, labels)
ax.legend(loc='upper left', ncols=2)
ax.set_ylim(0, 110)
ax.set_title("Energy use by sector")
ax.set_ylabel("Score")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
