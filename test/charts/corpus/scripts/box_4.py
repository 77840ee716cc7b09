import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(15)
labels = ["Q1", "Q2", "Q3", "Q4"]
means = [48, 60, 42, 37]
data = [rng.normal(m, 6, 80) for m in means]
bp = ax.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#4c72b0")
ax.set_title("Salaries by department")
ax.set_ylabel("Value")
