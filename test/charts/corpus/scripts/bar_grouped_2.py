import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
labels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
data = {
    "2024": [49.4, 87.3, 49.2, 57.6, 69.9, 60.8, 85.9],
    "Baseline": [66.9, 54.6, 34.7, 60.3, 79.9, 27.9, 53.7],
    "Ours": [89.4, 56.5, 46.1, 88.7, 35.3, 27, 79.3],
    "Control": [56.8, 22.4, 60.7, 77.8, 66.8, 85.4, 36.2],
}
colors = ["#003f5c", "#58508d", "#bc5090", "#ff6361"]
x = np.arange(len(labels))
width = 0.2
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 1.5) * width
    plt.bar(x + offset, vals, width, label=name, color=colors[k])
plt.xticks(x, labels)
plt.legend(loc='upper left', ncols=4)
plt.ylim(0, 110)
plt.title("Benchmark results")
plt.ylabel("Score")
plt.tight_layout()
plt.show()
