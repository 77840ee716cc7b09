import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
categories = ["North", "South", "East", "West", "Central"]
values = [20, 79, 52, 84, 74]
bars = ax.bar(categories, values, color="#355070", edgecolor='black', linewidth=0.6)
ax.bar_label(bars, padding=3)
ax.set_ylim(0, 110)
ax.set_title("Sales by region", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Category", fontsize=13)
ax.set_ylabel("Value", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
