import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
t = np.arange(13)
level = [9, 8, 4, 12, 9, 5, 6, 20, 6, 15, 14, 1, 12]
ax.step(t, level, where='post', color="#0072b2", label='level')
ax.axhline(10, color='gray', linestyle=':')
ax.legend()
ax.set_title("Price tiers", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Time", fontsize=13)
ax.set_ylabel("Units", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
