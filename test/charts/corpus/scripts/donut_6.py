import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
labels = ["Q1", "Q2", "Q3"]
values = [36, 29, 7]
wedges, texts = plt.pie(values, colors=["#264653", "#2a9d8f", "#e9c46a"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
plt.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
plt.text(0, 0, "Total\n72", ha='center', va='center')
plt.title("Issue labels")
plt.tight_layout()
plt.show()
