import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
labels = ["Mon", "Tue", "Wed", "Thu"]
values = [15, 11, 22, 29]
wedges, texts = ax.pie(values, colors=["#4c72b0", "#dd8452", "#55a868", "#c44e52"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
ax.text(0, 0, "Total\n77", ha='center', va='center')
ax.set_title("Ticket categories", fontsize=16, fontweight='bold', pad=12)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
