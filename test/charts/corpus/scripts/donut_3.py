import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
labels = ["Oslo", "Lima", "Perth"]
values = [33, 38, 5]
wedges, texts = ax.pie(values, colors=["#1f77b4", "#ff7f0e", "#2ca02c"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
ax.text(0, 0, "Total\n76", ha='center', va='center')
ax.set_title("Cloud regions")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
