import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(5)
centers = [26, 18, 16, 22, 25]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = plt.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#6a4c93")
    body.set_alpha(0.7)
plt.xticks(range(1, 6), ["set 1", "set 2", "set 3", "set 4", "set 5"])
plt.title("Wait times by clinic")
plt.ylabel("Measurement")
plt.tight_layout()
plt.show()
