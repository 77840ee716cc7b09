import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["North", "South", "East", "West", "Central"]
values = [20, 11, 6, 20, 34]
wedges, texts = ax.pie(values, colors=["#355070", "#6d597a", "#b56576", "#e56b6f", "#eaac8b"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
ax.text(0, 0, "Total\n91", ha='center', va='center')
ax.set_title("Ingredient mix", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
