import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
rng = np.random.default_rng(13)
a = rng.normal(9.9, 1.5, 400)
b = rng.normal(11.9, 1.0, 300)
plt.hist(a, bins=25, alpha=0.6, color="#264653", label='group a')
plt.hist(b, bins=25, alpha=0.6, color="#2a9d8f", label='group b')
plt.legend()
plt.title("Measurement error")
plt.xlabel("Value")
plt.ylabel("Count")
plt.tight_layout()
plt.show()
