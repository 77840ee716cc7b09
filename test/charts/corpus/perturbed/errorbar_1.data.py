import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [1, 2, 4, 8, 16, 32]
y = [31.5, 35.95, 39.8, 72.38, 47.35, 46.87]
err = [2.7, 2.9, 2.9, 2.3, 0.6, 0.5]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#0072b2", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Dose response")
ax.set_xlabel("Batch size")
ax.set_ylabel("Score")
