import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(3)
centers = [32, 59, 11]
samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]
parts = ax.violinplot(samples, showmeans=True)
for body in parts['bodies']:
    body.set_facecolor("#355070")
    body.set_alpha(0.7)
ax.set_xticks(range(1, 4), ["set 1", "set 2", "set 3"])
ax.set_title("Gene expression by tissue")
ax.set_ylabel("Measurement")
