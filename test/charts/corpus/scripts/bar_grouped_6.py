import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
labels = ["North", "South", "East", "West", "Central"]
data = {
    "2022": [25.7, 87.3, 52.5, 80.5, 27.3],
    "2023": [81.1, 28, 47.5, 65.8, 79],
}
colors = ["#4c72b0", "#dd8452"]
x = np.arange(len(labels))
width = 0.4
for k, (name, vals) in enumerate(data.items()):
    offset = (k - 0.5) * width
    plt.bar(x + offset, vals, width, label=name, color=colors[k])
plt.xticks(x, labels)
plt.legend(loc='upper left', ncols=2)
plt.ylim(0, 110)
plt.title("Survey answers")
plt.ylabel("Score")
plt.tight_layout()
plt.show()
