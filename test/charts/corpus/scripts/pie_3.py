import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
labels = ["Mon", "Tue", "Wed", "Thu", "Fri"]
sizes = [27, 8, 39, 9, 33]
colors = ["#6a4c93", "#1982c4", "#8ac926", "#ffca3a", "#ff595e"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=45, explode=[0.08] + [0] * (len(sizes) - 1))
ax.axis('equal')
ax.set_title("Budget breakdown")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
