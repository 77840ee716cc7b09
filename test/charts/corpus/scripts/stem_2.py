import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
n = np.arange(12)
h = [10, 4.42, -2.79, -5.43, -2.94, 1.04, 2.89, 1.86, -0.29, -1.51, -1.14, 0]
markerline, stemlines, baseline = plt.stem(n, h)
markerline.set_color("#003f5c")
stemlines.set_color("#003f5c")
plt.title("Sparse coefficients")
plt.xlabel("n")
plt.ylabel("h[n]")
plt.tight_layout()
plt.show()
