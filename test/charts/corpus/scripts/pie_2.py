import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["ResNet", "ViT", "ConvNeXt", "Swin"]
sizes = [38, 32, 25, 33]
colors = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261"]
ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=0)
ax.axis('equal')
ax.set_title("Time allocation")
