import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
x = [1, 2, 4, 8, 16]
y = [28.1, 36.95, 38.6, 44.12, 44.45]
err = [0.6, 0.6, 1.5, 2.7, 1.8]
ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color="#355070", ecolor='gray', label='ours')
ax.set_xscale('log', base=2)
ax.legend()
ax.set_title("Measured decay")
ax.set_xlabel("Batch size")
ax.set_ylabel("Score")
