import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(17)
labels = ["Mon", "Tue", "Wed"]
means = [40, 22, 32]
data = [rng.normal(m, 6, 80) for m in means]
bp = plt.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#1f77b4")
plt.title("Accuracy by seed")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
