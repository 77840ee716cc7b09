import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(11)
labels = ["Python", "Java", "Go"]
means = [44, 47, 42]
data = [rng.normal(m, 6, 80) for m in means]
ax.violinplot(data, showmedians=True)
ax.set_xticks(range(1, len(labels) + 1), labels)
ax.set_title("Latency by server")
ax.set_ylabel("Value")
