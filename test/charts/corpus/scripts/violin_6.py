import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(9)
centers = [19, 15, 35]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = plt.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#003f5c")
    body.set_alpha(0.7)
plt.xticks(range(1, 4), ["set 1", "set 2", "set 3"])
plt.title("Error by method")
plt.ylabel("Measurement")
plt.tight_layout()
plt.show()
