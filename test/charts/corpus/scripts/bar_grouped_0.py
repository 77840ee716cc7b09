import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["Q1", "Q2", "Q3", "Q4"]
data = {
    "2022": [44.4, 25.7, 53.7, 52.9],
    "2023": [25.2, 42.8, 50.3, 46.4],
}
colors = ["#0072b2", "#e69f00"]
x = np.arange(len(labels))
width = 0.4
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 0.5) * width
    ax.bar(x + offset, vals, width, label=name, color=colors[k])
ax.set_xticks(x, labels)
ax.legend(loc='upper left', ncols=2)
ax.set_ylim(0, 110)
ax.set_title("Penguin attributes by species")
ax.set_ylabel("Score")
