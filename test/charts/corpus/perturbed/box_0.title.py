import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(11)
labels = ["Python", "Java", "Go"]
means = [44, 47, 42]
data = [rng.normal(m, 6, 80) for m in means]
bp = ax.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#003f5c")
ax.set_title("Latency by server (preliminary)")
ax.set_ylabel("Value")
