import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
t = np.arange(9)
level = [0, 11, 3, 16, 10, 14, 2, 8, 5]
ax.step(t, level, where='post', color="#355070", label='level')
ax.axhline(10, color='gray', linestyle=':')
ax.legend()
ax.set_title("Inventory level (preliminary)", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Time", fontsize=13)
ax.set_ylabel("Units", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
