import matplotlib.pyplot as plt
import numpy as np

plt.figure(figsize=(8, 6))
labels = ["Python", "Java", "Go", "Rust", "C++"]
values = [16, 26, 36, 26, 30]
wedges, texts = plt.pie(values, colors=["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"], wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)
plt.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))
plt.text(0, 0, "Total\n134", ha='center', va='center')
plt.title("Sales channels")
plt.tight_layout()
plt.show()
