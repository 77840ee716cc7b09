import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["Q1", "Q2", "Q3", "Q4"]
sizes = [5, 26, 12, 26]
colors = ["#ff00ff", "#6d597a", "#b56576", "#e56b6f"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=140)
ax.axis('equal')
ax.set_title("Browser usage", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
