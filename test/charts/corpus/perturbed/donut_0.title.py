import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["ResNet", "ViT", "ConvNeXt"]
values = [14, 39, 34]
wedges, texts = ax.pie(values, colors=["#6a4c93", "#1982c4", "#8ac926"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
ax.text(0, 0, "Total\n87", ha='center', va='center')
ax.set_title("Portfolio allocation (preliminary)")
