import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
rng = np.random.default_rng(7)
a = rng.normal(2.4, 1.5, 400)
b = rng.normal(4.4, 1.0, 300)
ax.hist(a, bins=25, alpha=0.6, color="#6a4c93", label='group a')
ax.hist(b, bins=25, alpha=0.6, color="#1982c4", label='group b')
ax.legend()
ax.set_title("Sampled normal distribution")
ax.set_xlabel("Value")
ax.set_ylabel("Count")
