import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["North", "South", "East", "West"]
sizes = [40, 22, 27, 20]
colors = ["#003f5c", "#58508d", "#bc5090", "#ff6361"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=90, explode=[0.08] + [0] * (len(sizes) - 1))
ax.axis('equal')
ax.set_title("Market share (preliminary)")
