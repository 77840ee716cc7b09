import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
n = np.arange(10)
h = [10, 4.42, -2.79, -5.43, -2.94, 6.56, 2.89, 1.86, -0.29, -1.51]
markerline, stemlines, baseline = ax.stem(n, h)
markerline.set_color("#0072b2")
stemlines.set_color("#0072b2")
ax.set_title("Impulse response")
ax.set_xlabel("n")
ax.set_ylabel("h[n]")
