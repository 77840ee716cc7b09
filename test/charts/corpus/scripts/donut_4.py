import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(6.4, 4.8))
labels = ["Apples", "Pears", "Plums", "Cherries"]
values = [18, 15, 18, 24]
wedges, texts = ax.pie(values, colors=["#003f5c", "#58508d", "#bc5090", "#ff6361"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
ax.text(0, 0, "Total\n75", ha='center', va='center')
ax.set_title("Survey answers")
