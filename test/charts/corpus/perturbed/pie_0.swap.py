import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["North", "South", "East", "West"]
sizes = [40, 22, 27, 20]
colors = ["#003f5c", "#58508d", "#bc5090", "#ff6361"]
ax.bar(labels, sizes, color=colors)
ax.set_title("Market share")
