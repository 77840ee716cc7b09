import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
n = np.arange(16)
h = [10, 4.42, -2.79, -5.43, -2.94, 1.04, 2.89, 1.86, -0.29, -1.51, -1.14, 0, 0.77, 0.67, 0.08, -0.38]
markerline, stemlines, baseline = plt.stem(n, h)
markerline.set_color("#4c72b0")
stemlines.set_color("#4c72b0")
plt.title("Spike train")
plt.xlabel("n")
plt.ylabel("h[n]")
plt.tight_layout()
plt.show()
