import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(11)
a = rng.normal(8.3, 1.5, 400)
b = rng.normal(10.3, 1.0, 300)
ax.hist(a, bins=25, alpha=0.6, color="#003f5c", label='group a')
ax.hist(b, bins=25, alpha=0.6, color="#58508d", label='group b')
ax.legend()
ax.set_title("Noise amplitude")
ax.set_xlabel("Value")
ax.set_ylabel("Count")
