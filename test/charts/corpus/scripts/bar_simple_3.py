import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
categories = ["ResNet", "ViT", "ConvNeXt", "Swin", "DeiT"]
values = [55, 62, 56, 43, 69]
bars = ax.bar(categories, values, color="#6a4c93", edgecolor='black', linewidth=0.6)
ax.bar_label(bars, padding=3)
ax.set_ylim(0, 90)
ax.set_title("Top-1 accuracy")
ax.set_xlabel("Category")
ax.set_ylabel("Value")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
