import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["Oslo", "Lima", "Perth", "Quito", "Riga", "Hanoi"]
data = {
    "2023": [49.9, 56.4, 29, 74.3, 68.7, 35.6],
    "2024": [53.2, 30.9, 49.9, 52.6, 46.2, 62],
    "Baseline": [43.6, 57.8, 54.9, 64.4, 70.7, 26.7],
}
colors = ["#264653", "#2a9d8f", "#e9c46a"]
x = np.arange(len(labels))
width = 0.27
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 1) * width
    ax.bar(x + offset, vals, width, label=name, color=colors[k])
ax.set_xticks(x, labels)
ax.legend(loc='upper left', ncols=3)
ax.set_ylim(0, 110)
ax.set_title("Model comparison")
ax.set_ylabel("Score")
