import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["Oslo", "Lima", "Perth", "Quito", "Riga"]
sizes = [13, 38, 25, 36, 18]
colors = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=140)
ax.axis('equal')
ax.set_title("Favourite pets", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
