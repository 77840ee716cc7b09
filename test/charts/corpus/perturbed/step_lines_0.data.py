import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
t = np.arange(8)
level = [6, 9, 9, 2, 15.5, 15, 0, 5]
ax.step(t, level, where='post', color="#003f5c", label='level')
ax.axhline(10, color='gray', linestyle=':')
ax.legend()
ax.set_title("Cumulative arrivals")
ax.set_xlabel("Time")
ax.set_ylabel("Units")
