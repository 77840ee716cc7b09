import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["Python", "Java", "Go", "Rust"]
sizes = [10, 5, 18, 39]
colors = ["#4c72b0", "#dd8452", "#55a868", "#c44e52"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=90)
ax.axis('equal')
ax.set_title("Energy sources")
