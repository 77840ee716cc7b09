import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(9)
a = rng.normal(5.1, 1.5, 400)
b = rng.normal(7.1, 1.0, 300)
plt.hist(a, bins=25, alpha=0.6, color="#0072b2", label='group a')
plt.hist(b, bins=25, alpha=0.6, color="#e69f00", label='group b')
plt.legend()
plt.title("Simulated waiting times")
plt.xlabel("Value")
plt.ylabel("Count")
plt.tight_layout()
plt.show()
