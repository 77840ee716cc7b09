import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
t = np.arange(12)
level = [3, 18, 16, 2, 8, 18, 17, 8, 10, 12, 11, 16]
ax.step(t, level, where='post', color="#4c72b0", label='level')
ax.axhline(10, color='gray', linestyle=':')
ax.legend()
ax.set_title("Step response")
ax.set_xlabel("Time")
ax.set_ylabel("Units")
