import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["Apples", "Pears", "Plums", "Cherries"]
sizes = [5, 21, 33, 12]
colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=0, explode=[0.08] + [0] * (len(sizes) - 1))
ax.axis('equal')
ax.set_title("Traffic by device")
