import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(13)
labels = ["Apples", "Pears", "Plums", "Cherries", "Grapes"]
means = [26, 43, 43, 21, 26]
data = [rng.normal(m, 6, 80) for m in means]
bp = plt.boxplot(data, patch_artist=True, labels=labels)
for patch in bp['boxes']:
    patch.set_facecolor("#264653")
plt.title("Yield by field")
plt.ylabel("Value")
plt.tight_layout()
plt.show()
